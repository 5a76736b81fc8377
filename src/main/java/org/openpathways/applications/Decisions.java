package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.domain.ApplicationFacts;
import org.openpathways.applications.domain.FailedCriteria;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.applications.persistence.DecisionRecords.AppealRow;
import org.openpathways.applications.persistence.DecisionRecords.DecisionRow;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.ProcessingTimes;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding applications (appeals against the decisions are {@link Appeals}).
 *
 * <p>A caseworker recommends. An approval takes effect at once and issues the permit in the same transaction; a refusal
 * waits for a supervisor, who may never be the caseworker who recommended it (the database refuses it too). Every
 * refusal cites failed criteria of the rules the application pinned, or grounds from a closed list; a free text beyond
 * them is flagged for the supervisor. The decision letter states the reasons, the appeal rights and the deadline.
 */
@Service
public class Decisions implements ProcessingTimes {

    static final String APPROVE = "approve";
    static final String REFUSE = "refuse";

    private final Applications applications;
    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final DecisionRecords decisions;
    private final ApplicationChecks checks;
    private final PathwayCatalogue catalogue;
    private final ApprovalEffects approvals;
    private final ApplicationEventPublisher events;
    private final ApplicationsProperties properties;

    Decisions(
            Applications applications,
            ApplicationRecords records,
            DecisionRecords decisions,
            ApplicationChecks checks,
            PathwayCatalogue catalogue,
            ApprovalEffects approvals,
            ApplicationEventPublisher events,
            ApplicationsProperties properties,
            ApplicationHistory history) {
        this.applications = applications;
        this.records = records;
        this.history = history;
        this.decisions = decisions;
        this.checks = checks;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.events = events;
        this.properties = properties;
    }

    /**
     * The criteria of the pinned rules that the application does not meet, by position, for a caseworker to cite.
     */
    @Transactional(readOnly = true)
    public Map<String, Explanation> failedCriteria(Actor staff, String reference) {
        return FailedCriteria.of(explanation(applications.visible(staff, reference, false)));
    }

    /**
     * The assigned caseworker recommends a decision on an application under assessment.
     *
     * @throws ApplicationRefused 400 when a refusal cites nothing, cites a criterion that was met or a ground not in the
     *     list, or the free text is not plain text
     * @throws ProblemException 409 {@code applications.not-assessing} when the application is not under assessment
     */
    @Transactional
    public ApplicationView recommend(Actor caseworker, String reference, Recommendation recommendation) {
        StoredApplication application = applications.assigned(caseworker, reference);
        if (application.status() != ApplicationStatus.ASSESSMENT) {
            throw ProblemException.conflict("applications.not-assessing");
        }
        boolean refusal = recommendation.outcome() == Recommendation.Outcome.REFUSE;
        List<MissingItem> problems = new ArrayList<>();
        Map<String, Explanation> failed = FailedCriteria.of(explanation(application));
        recommendation.criteria().stream()
                .filter(position -> !failed.containsKey(position))
                .findFirst()
                .ifPresent(position -> problems.add(MissingItem.of("criteria", "criterion-not-failed")));
        recommendation.grounds().stream()
                .filter(ground -> !properties.refusalGrounds().contains(ground))
                .findFirst()
                .ifPresent(ground -> problems.add(MissingItem.of("grounds", "ground-unknown")));
        if (refusal
                && recommendation.criteria().isEmpty()
                && recommendation.grounds().isEmpty()) {
            problems.add(MissingItem.of("grounds", "refusal-without-reason"));
        }
        String freeText = blankToNull(recommendation.freeText());
        if (!problems.isEmpty()) {
            throw ApplicationRefused.invalid(problems);
        }
        if (freeText != null) {
            checks.requireReason(freeText);
        }
        Instant now = applications.now();
        var decision = new DecisionRow(
                UUID.randomUUID(),
                application.id(),
                refusal ? REFUSE : APPROVE,
                refusal ? recommendation.criteria() : List.of(),
                refusal ? recommendation.grounds() : List.of(),
                freeText,
                freeText != null,
                refusal ? "recommended" : "final",
                caseworker.account(),
                now,
                null,
                null,
                null,
                null,
                null);
        decisions.insertDecision(decision);
        applications.record(caseworker, "applications.recommended", reference, Applications.ASSESSMENT);
        if (refusal) {
            records.update(application.withStatus(ApplicationStatus.RECOMMENDED, application.dueOn()), now);
        } else {
            approvals.approve(application, decision, now);
        }
        return applications.view(records.find(application.reference(), false).orElseThrow(), caseworker);
    }

    /**
     * A supervisor approves a recommended refusal: the application is refused, and may be appealed until the deadline.
     *
     * @throws ProblemException 409 {@code applications.nothing-to-approve} when no refusal awaits approval, {@code
     *     applications.own-recommendation} when the supervisor recommended it themselves
     */
    @Transactional
    public ApplicationView approveRefusal(Actor supervisor, String reference) {
        requireSupervisor(supervisor);
        StoredApplication application = applications.visible(supervisor, reference, true);
        DecisionRow decision = awaiting(application);
        if (decision.recommendedBy().equals(supervisor.account())) {
            throw ProblemException.conflict("applications.own-recommendation");
        }
        Instant now = applications.now();
        LocalDate today = applications.today();
        LocalDate deadline = today.plusDays(properties.appealDaysOf(application.pathwayCode()));
        decisions.check(decision.id(), supervisor.account(), now, "final", null, deadline);
        records.update(application.withStatus(ApplicationStatus.REFUSED, application.dueOn()), now);
        decisions.markDecided(application.id(), now, today);
        history.addStep(application.id(), Step.DECISION, now);
        applications.record(supervisor, "applications.refusal-approved", reference, Applications.ASSESSMENT);
        events.publishEvent(new ApplicationDecided(application.reference(), application.applicantId(), "refused"));
        return applications.view(records.find(application.reference(), false).orElseThrow(), supervisor);
    }

    /** A supervisor sends a recommended refusal back to the caseworker, saying why. */
    @Transactional
    public ApplicationView returnRecommendation(Actor supervisor, String reference, String comment) {
        requireSupervisor(supervisor);
        StoredApplication application = applications.visible(supervisor, reference, true);
        DecisionRow decision = awaiting(application);
        if (decision.recommendedBy().equals(supervisor.account())) {
            throw ProblemException.conflict("applications.own-recommendation");
        }
        checks.requireReason(comment);
        Instant now = applications.now();
        decisions.check(decision.id(), supervisor.account(), now, "returned", comment.strip(), null);
        records.update(application.withStatus(ApplicationStatus.ASSESSMENT, application.dueOn()), now);
        applications.record(supervisor, "applications.recommendation-returned", reference, Applications.ASSESSMENT);
        return applications.view(records.find(application.reference(), false).orElseThrow(), supervisor);
    }

    /** Refusals awaiting a supervisor's approval, oldest first; those with free-text reasons are flagged. */
    @Transactional(readOnly = true)
    public List<DecisionRecords.AwaitingRow> awaitingApproval(Actor supervisor) {
        requireSupervisor(supervisor);
        return decisions.awaitingCheck(200);
    }

    /**
     * The letter of the application's decision, for its applicant and the staff who may see the case.
     *
     * @throws ProblemException 404 when there is no final decision the actor may see
     */
    @Transactional
    public DecisionLetter letter(Actor actor, String reference) {
        StoredApplication application = appealVisible(actor, reference, false);
        DecisionRow decision = decisions
                .latest(application.id())
                .filter(row -> row.status().equals("final"))
                .orElseThrow(() -> ProblemException.notFound("applications.no-decision"));
        if (!application.applicantId().equals(actor.account())) {
            applications.record(actor, "applications.letter-read", reference, Applications.ASSESSMENT);
        }
        Map<String, Explanation> failed = FailedCriteria.of(explanation(application));
        List<Explanation> cited = decision.criteria().stream()
                .map(failed::get)
                .filter(explanation -> explanation != null)
                .toList();
        Optional<AppealRow> appeal = decisions.appealOf(decision.id());
        return new DecisionLetter(
                application.reference(),
                orEmpty(application.details().applicant().fullName()),
                application.pathwayCode(),
                application.pathwayVersion(),
                decision.outcome().equals(APPROVE),
                decision.checkedAt() != null ? decision.checkedAt() : decision.recommendedAt(),
                cited,
                decision.grounds(),
                decision.freeText(),
                decision.appealDeadline(),
                appeal.map(AppealRow::status).orElse(null),
                decision.permitNumber());
    }

    /** The refusal awaiting a supervisor's approval, for the case page; empty when none awaits. */
    @Transactional(readOnly = true)
    public Optional<DecisionRow> awaitingRecommendation(Actor staff, String reference) {
        StoredApplication application = applications.visible(staff, reference, false);
        return decisions
                .latest(application.id())
                .filter(decision -> decision.status().equals("recommended"));
    }

    /** The closed list of grounds a refusal may cite besides failed criteria. */
    public List<String> refusalGrounds() {
        return properties.refusalGrounds();
    }

    /**
     * The median and 80th percentile of the days from complete application to decision for a pathway, once it has
     * enough decisions to publish them without pointing at anyone.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<ProcessingTimes.Figures> of(String pathwayCode) {
        var row = decisions.processingTime(pathwayCode);
        if (row.decided() < properties.minimumForStatistics() || row.median() == null || row.p80() == null) {
            return Optional.empty();
        }
        return Optional.of(new ProcessingTimes.Figures(row.decided(), row.median(), row.p80()));
    }

    private Explanation explanation(StoredApplication application) {
        PathwayDefinition definition = catalogue
                .definition(application.pathwayCode(), application.pathwayVersion())
                .orElseThrow(() -> ProblemException.conflict("applications.pathway-withdrawn"));
        if (definition.eligibility() == null) {
            return new Explanation(
                    org.openpathways.pathways.rules.Outcome.UNKNOWN,
                    org.openpathways.pathways.rules.Reason.of("no-rules"),
                    List.of(),
                    List.of());
        }
        LocalDate applicationDate = application.clockStart() != null ? application.clockStart() : applications.today();
        return definition.eligibility().evaluate(ApplicationFacts.of(application.details(), applicationDate));
    }

    private DecisionRow awaiting(StoredApplication application) {
        return decisions
                .latest(application.id())
                .filter(decision -> decision.status().equals("recommended"))
                .orElseThrow(() -> ProblemException.conflict("applications.nothing-to-approve"));
    }

    StoredApplication appealVisible(Actor actor, String reference, boolean lock) {
        if (actor.has(Role.REVIEWER)) {
            return records.find(
                            org.openpathways.shared.reference.ReferenceNumbers.normalise(Applications.PREFIX, reference)
                                    .orElseThrow(Decisions::noAppeal),
                            lock)
                    .filter(application -> application.status() == ApplicationStatus.APPEALED
                            || application.status().decided())
                    .orElseThrow(Decisions::noAppeal);
        }
        return applications.visible(actor, reference, lock);
    }

    static ProblemException noAppeal() {
        return ProblemException.notFound("applications.not-found");
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.supervisors-only");
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
