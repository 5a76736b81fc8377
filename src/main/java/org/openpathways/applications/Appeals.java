package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.domain.StatutoryClock;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.applications.persistence.DecisionRecords.AppealRow;
import org.openpathways.applications.persistence.DecisionRecords.DecisionRow;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals against refusals. On time until the deadline in the letter; after it the appeal is {@code late}, with the
 * applicant's reason, until a reviewer admits it or not. A reviewer who recommended, checked or was assigned to the case
 * cannot take the appeal. The outcome is upheld, overturned (approved, with the permit issued as on any approval) or
 * sent back for a new assessment whose statutory clock starts again.
 */
@Service
public class Appeals {

    private final Applications applications;
    private final Decisions decisionsService;
    private final ApprovalEffects approvals;
    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final DecisionRecords decisions;
    private final ApplicationChecks checks;
    private final ApplicationEventPublisher events;

    Appeals(
            Applications applications,
            Decisions decisionsService,
            ApprovalEffects approvals,
            ApplicationRecords records,
            DecisionRecords decisions,
            ApplicationChecks checks,
            ApplicationEventPublisher events,
            ApplicationHistory history) {
        this.applications = applications;
        this.decisionsService = decisionsService;
        this.approvals = approvals;
        this.records = records;
        this.history = history;
        this.decisions = decisions;
        this.checks = checks;
        this.events = events;
    }

    /**
     * The applicant appeals a refusal. After the deadline the appeal is late: it needs a reason, and waits for a
     * reviewer to admit it.
     *
     * @throws ProblemException 409 {@code applications.not-refused} when there is no refusal to appeal, {@code
     *     applications.already-appealed} when it was appealed already
     * @throws ApplicationRefused 400 when the grounds are missing, or a late appeal gives no reason for being late
     */
    @Transactional
    public ApplicationView appeal(Actor applicant, String reference, String grounds, @Nullable String lateReason) {
        StoredApplication application = applications.own(applicant, reference, null);
        if (application.status() == ApplicationStatus.APPEALED) {
            throw ProblemException.conflict("applications.already-appealed");
        }
        if (application.status() != ApplicationStatus.REFUSED) {
            throw ProblemException.conflict("applications.not-refused");
        }
        DecisionRow decision = decisions.latest(application.id()).orElseThrow();
        if (decisions.appealOf(decision.id()).isPresent()) {
            throw ProblemException.conflict("applications.already-appealed");
        }
        checks.requireText("grounds", grounds);
        LocalDate today = applications.today();
        boolean late = decision.appealDeadline() != null && today.isAfter(decision.appealDeadline());
        if (late) {
            checks.requireText("lateReason", lateReason);
        }
        Instant now = applications.now();
        decisions.insertAppeal(new AppealRow(
                UUID.randomUUID(),
                application.id(),
                decision.id(),
                now,
                today,
                grounds.strip(),
                late,
                late ? lateReason.strip() : null,
                late ? "late" : "filed",
                null,
                null,
                null));
        records.update(application.withStatus(ApplicationStatus.APPEALED, application.dueOn()), now);
        history.addStep(application.id(), Step.APPEAL_FILED, now);
        applications.record(
                applicant, late ? "applications.appealed-late" : "applications.appealed", reference, "self-service");
        return applications.view(records.find(application.reference(), false).orElseThrow(), applicant);
    }

    /** Appeals waiting for a reviewer: those of this reviewer and those of nobody yet, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionRecords.PendingAppealRow> pendingAppeals(Actor reviewer) {
        requireReviewer(reviewer);
        return decisions.pendingAppeals(reviewer.account(), 200);
    }

    /**
     * The application's latest appeal, for the reviewer handling it; empty when none was filed. Once overturned, the
     * application's latest decision is the approval, which nobody appealed: the appeal is the one against the refusal.
     */
    @Transactional(readOnly = true)
    public Optional<AppealRow> appealOf(Actor actor, String reference) {
        StoredApplication application = decisionsService.appealVisible(actor, reference, false);
        return decisions.latestAppeal(application.id());
    }

    /**
     * A reviewer takes an appeal, unless they took part in the decision.
     *
     * @throws ProblemException 409 {@code applications.reviewer-involved} when they did, {@code
     *     applications.appeal-taken} when another reviewer has it
     */
    @Transactional
    public void takeAppeal(Actor reviewer, String reference) {
        var appeal = pendingAppeal(reviewer, reference);
        if (appeal.row().reviewer() != null) {
            throw ProblemException.conflict("applications.appeal-taken");
        }
        decisions.updateAppeal(appeal.row().id(), appeal.row().status(), reviewer.account(), null, null);
        applications.record(reviewer, "applications.appeal-taken", reference, "appeal-review");
    }

    /**
     * The reviewer admits a late appeal for the reason given, or does not (which ends it; the refusal stands).
     *
     * @throws ProblemException 409 {@code applications.appeal-not-late} when the appeal is not waiting for admission
     */
    @Transactional
    public void admitLateAppeal(Actor reviewer, String reference, boolean admit, String reason) {
        var appeal = ownAppeal(reviewer, reference);
        if (!appeal.row().status().equals("late")) {
            throw ProblemException.conflict("applications.appeal-not-late");
        }
        checks.requireReason(reason);
        Instant now = applications.now();
        if (admit) {
            decisions.updateAppeal(appeal.row().id(), "filed", reviewer.account(), null, null);
        } else {
            decisions.updateAppeal(appeal.row().id(), "not-admitted", reviewer.account(), now, reason.strip());
            records.update(appeal.application().withStatus(ApplicationStatus.REFUSED, null), now);
            history.addStep(appeal.application().id(), Step.APPEAL_DECIDED, now);
            events.publishEvent(new ApplicationDecided(
                    appeal.application().reference(), appeal.application().applicantId(), "not-admitted"));
        }
        applications.record(
                reviewer,
                admit ? "applications.late-appeal-admitted" : "applications.late-appeal-refused",
                reference,
                "appeal-review");
    }

    /**
     * The reviewer decides an admitted appeal: the refusal is upheld, overturned (the permit is issued) or the
     * application is sent back for a new assessment, whose statutory clock starts again today.
     *
     * @throws ProblemException 409 {@code applications.appeal-not-admitted} while a late appeal is not admitted
     */
    @Transactional
    public ApplicationView decideAppeal(Actor reviewer, String reference, AppealOutcome outcome, String reason) {
        var appeal = ownAppeal(reviewer, reference);
        if (!appeal.row().status().equals("filed")) {
            throw ProblemException.conflict("applications.appeal-not-admitted");
        }
        checks.requireReason(reason);
        Instant now = applications.now();
        StoredApplication application = appeal.application();
        decisions.updateAppeal(appeal.row().id(), outcome.code(), reviewer.account(), now, reason.strip());
        switch (outcome) {
            case UPHELD -> records.update(application.withStatus(ApplicationStatus.REFUSED, null), now);
            case OVERTURNED -> {
                var decision = new DecisionRow(
                        UUID.randomUUID(),
                        application.id(),
                        Decisions.APPROVE,
                        List.of(),
                        List.of(),
                        null,
                        false,
                        "final",
                        reviewer.account(),
                        now,
                        null,
                        null,
                        null,
                        null,
                        null);
                decisions.insertDecision(decision);
                approvals.approve(application, decision, now);
            }
            case SENT_BACK -> {
                LocalDate today = applications.today();
                StoredApplication reopened =
                        records.update(application.withStatus(ApplicationStatus.ASSESSMENT, application.dueOn()), now);
                StatutoryClock clock = applications.statutoryClock(reopened);
                StatutoryClock restarted =
                        new StatutoryClock(today, clock.days(), clock.count(), clock.calendar(), List.of(), 0);
                decisions.restartClock(
                        application.id(), today, restarted.dueDate().orElseThrow());
                history.addStep(application.id(), Step.REASSESSMENT, now);
            }
        }
        history.addStep(application.id(), Step.APPEAL_DECIDED, now);
        applications.record(reviewer, "applications.appeal-decided", reference, "appeal-review");
        events.publishEvent(new ApplicationDecided(application.reference(), application.applicantId(), outcome.code()));
        return applications.view(records.find(application.reference(), false).orElseThrow(), reviewer);
    }

    private record PendingAppeal(StoredApplication application, AppealRow row) {}

    private PendingAppeal pendingAppeal(Actor reviewer, String reference) {
        requireReviewer(reviewer);
        StoredApplication application = decisionsService.appealVisible(reviewer, reference, true);
        DecisionRow decision = decisions.latest(application.id()).orElseThrow(Decisions::noAppeal);
        AppealRow appeal = decisions
                .appealOf(decision.id())
                .filter(row -> row.status().equals("late") || row.status().equals("filed"))
                .orElseThrow(Decisions::noAppeal);
        UUID me = reviewer.account();
        if (me.equals(decision.recommendedBy())
                || me.equals(decision.checkedBy())
                || me.equals(application.assignedTo())) {
            throw ProblemException.conflict("applications.reviewer-involved");
        }
        return new PendingAppeal(application, appeal);
    }

    private PendingAppeal ownAppeal(Actor reviewer, String reference) {
        PendingAppeal appeal = pendingAppeal(reviewer, reference);
        if (!reviewer.account().equals(appeal.row().reviewer())) {
            throw ProblemException.conflict("applications.appeal-not-yours");
        }
        return appeal;
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.has(Role.REVIEWER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.reviewers-only");
        }
    }
}
