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
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.Quotas;
import org.openpathways.applications.domain.ApplicationFacts;
import org.openpathways.applications.domain.FailedCriteria;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.applications.persistence.DecisionRecords.AppealRow;
import org.openpathways.applications.persistence.DecisionRecords.DecisionRow;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.ProcessingTimes;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.permits.EmployerChange;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitToIssue;
import org.openpathways.permits.Permits;
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
    private final Permits permits;
    private final ApplicationEventPublisher events;
    private final ApplicationsProperties properties;
    private final Quotas quotas;
    private final Agreements agreements;

    Decisions(
            Applications applications,
            ApplicationRecords records,
            DecisionRecords decisions,
            ApplicationChecks checks,
            PathwayCatalogue catalogue,
            Permits permits,
            ApplicationEventPublisher events,
            ApplicationsProperties properties,
            Quotas quotas,
            Agreements agreements,
            ApplicationHistory history) {
        this.quotas = quotas;
        this.agreements = agreements;
        this.applications = applications;
        this.records = records;
        this.history = history;
        this.decisions = decisions;
        this.checks = checks;
        this.catalogue = catalogue;
        this.permits = permits;
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
            approve(application, decision, now);
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

    /** Approves: takes the quota places and issues (or, for a renewal, extends) the permit, in the caller's transaction. */
    void approve(StoredApplication application, DecisionRow decision, Instant now) {
        PathwayDefinition definition = catalogue
                .definition(application.pathwayCode(), application.pathwayVersion())
                .orElseThrow(() -> ProblemException.conflict("applications.pathway-withdrawn"));
        var details = application.details();
        var rights = definition.permit().rights();
        boolean work =
                rights.workAllowed() && (details.combinedWork() || definition.category() == PathwayCategory.LABOUR);
        WorkTie tie = work ? rights.workTie() : WorkTie.NONE;
        String employer = details.job() == null ? null : details.job().employer();
        String sector = details.job() == null ? null : details.job().sector();
        if ((tie == WorkTie.EMPLOYER && blank(employer)) || (tie == WorkTie.SECTOR && blank(sector))) {
            throw ProblemException.conflict("applications.work-tie-unknown");
        }
        var conditions = new PermitConditions(
                work,
                tie,
                tie == WorkTie.EMPLOYER ? employer : null,
                tie == WorkTie.SECTOR ? sector : null,
                tie == WorkTie.EMPLOYER ? EmployerChange.WITH_NOTICE : EmployerChange.ALLOWED);
        LocalDate today = applications.today();
        var renewed = decisions.renewedPermit(application.id());
        if (renewed.isPresent()) {
            var permit = PermitNumber.parse(renewed.get()).orElseThrow();
            permits.renew(permit, today.plusMonths(definition.permit().validityMonths()), application.reference());
            finishApproval(application, decision, permit.grouped(), now, today);
            return;
        }
        allocatePlaces(application, today);
        var number = permits.issue(new PermitToIssue(
                application.reference(),
                application.applicantId(),
                orEmpty(details.applicant().fullName()),
                orEmpty(details.applicant().nationality()),
                application.pathwayCode(),
                application.pathwayVersion(),
                today,
                null,
                conditions));
        finishApproval(application, decision, number.grouped(), now, today);
    }

    private void finishApproval(
            StoredApplication application, DecisionRow decision, String permitNumber, Instant now, LocalDate today) {
        decisions.permitIssued(decision.id(), permitNumber);
        records.update(application.withStatus(ApplicationStatus.APPROVED, application.dueOn()), now);
        decisions.markDecided(application.id(), now, today);
        history.addStep(application.id(), Step.DECISION, now);
        events.publishEvent(new ApplicationDecided(application.reference(), application.applicantId(), "approved"));
    }

    /**
     * Takes a place in every quota the approval draws on: those of agreements for this pathway whose period covers
     * today, whose sector (if any) is the job's and whose nationals include the applicant. In the approval's
     * transaction, so that an approval and its place commit together; with no place left the approval is refused (409
     * {@code agreements.quota-exhausted}) and nothing is changed.
     */
    private void allocatePlaces(StoredApplication application, LocalDate today) {
        var details = application.details();
        String sector = details.job() == null ? null : details.job().sector();
        String nationality = details.applicant().nationality();
        for (var quota : quotas.quotasFor(application.pathwayCode(), today)) {
            boolean sectorMatches = quota.sector() == null || quota.sector().equals(sector);
            List<String> nationals = quota.nationalities().isEmpty()
                    ? agreements
                            .any(quota.agreementCode())
                            .map(agreement -> agreement.partners())
                            .orElse(List.of())
                    : quota.nationalities();
            if (sectorMatches && nationality != null && nationals.contains(nationality)) {
                quotas.allocate(quota.code(), application.reference());
            }
        }
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

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
