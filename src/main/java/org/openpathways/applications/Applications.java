package org.openpathways.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.ApplicationView.InformationRequest;
import org.openpathways.applications.ApplicationView.StepEntry;
import org.openpathways.applications.domain.ApplicationFacts;
import org.openpathways.applications.domain.ClockPause;
import org.openpathways.applications.domain.Completeness;
import org.openpathways.applications.domain.PathwayTerms;
import org.openpathways.applications.domain.StatutoryClock;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.permits.PermitReader;
import org.openpathways.permits.PermitStatus;
import org.openpathways.permits.PermitView;
import org.openpathways.permits.Permits;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as their applicants make them: start (or renew a permit), save, submit, withdraw, answer requests for
 * information; and who may see which application. Staff work is in {@link Casework}, decisions in {@link Decisions},
 * appeals in {@link Appeals}.
 *
 * <p>Every change is audited in its transaction, and the events that tell the applicant commit with it. An application
 * that does not exist and one the actor may not see are the same 404, so references cannot be probed. Actions out of
 * order (submitting twice, answering when nothing was asked) are 409 and change nothing; a stale version is 409 too.
 */
@Service
public class Applications {

    /** The purpose recorded when staff read an application. */
    public static final String ASSESSMENT = "application-assessment";

    /** The prefix of application reference numbers. */
    public static final String PREFIX = "A";

    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final DecisionRecords decisions;
    private final Permits permits;
    private final ApplicationTerms terms;
    private final ApplicationChecks checks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApplicationsProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    Applications(
            ApplicationRecords records,
            DecisionRecords decisions,
            Permits permits,
            ApplicationTerms terms,
            ApplicationChecks checks,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ApplicationsProperties properties,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${openpathways.time-zone:UTC}") ZoneId zone,
            ApplicationHistory history) {
        this.records = records;
        this.history = history;
        this.decisions = decisions;
        this.permits = permits;
        this.terms = terms;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Starts a draft application for a published pathway.
     *
     * @throws ProblemException 404 {@code applications.pathway-not-found} when no published pathway has this code; 409
     *     {@code applications.window-closed} outside the pathway's application window, {@code
     *     applications.too-many-drafts} when the applicant already keeps as many drafts as allowed
     */
    @Transactional
    public ApplicationView start(Actor applicant, String pathwayCode) {
        requireApplicant(applicant);
        PathwayTerms pathway = terms.current(pathwayCode)
                .orElseThrow(() -> ProblemException.notFound("applications.pathway-not-found"));
        if (!pathway.open(today())) {
            throw ProblemException.conflict("applications.window-closed");
        }
        long drafts = records.ownedBy(applicant.account()).stream()
                .filter(application -> application.status() == ApplicationStatus.DRAFT)
                .count();
        if (drafts >= properties.maxDrafts()) {
            throw ProblemException.conflict("applications.too-many-drafts", properties.maxDrafts());
        }
        Instant now = clock.instant();
        var draft = StoredApplication.draft(
                UUID.randomUUID(),
                ReferenceNumbers.generate(PREFIX),
                applicant.account(),
                pathway.code(),
                pathway.version(),
                pathway.category().code(),
                now);
        records.insert(draft);
        record(applicant, "applications.started", draft.reference(), "self-service");
        return view(records.find(draft.reference(), false).orElseThrow(), applicant);
    }

    /**
     * Starts a renewal of one of the applicant's permits: a draft for the permit's pathway, with what the applicant
     * wrote in the application that got the permit (when there is one), whose approval extends the permit.
     *
     * @throws ProblemException 404 when the permit is not the applicant's; 409 {@code applications.not-renewable} when
     *     the permit cannot be renewed (not renewable, revoked, or too early), {@code applications.renewal-open} when a
     *     renewal is already under way
     */
    @Transactional
    public ApplicationView startRenewal(Actor applicant, String permitNumber) {
        requireApplicant(applicant);
        var reader = new PermitReader(
                applicant.account(),
                applicant.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()));
        PermitView permit = permits.permit(permitNumber, reader, "self-service");
        LocalDate today = today();
        if (!permit.renewable()
                || permit.status() == PermitStatus.REVOKED
                || permit.renewalOpensOn() == null
                || today.isBefore(permit.renewalOpensOn())) {
            throw ProblemException.conflict("applications.not-renewable");
        }
        if (decisions.renewalOpen(permit.number().grouped())) {
            throw ProblemException.conflict("applications.renewal-open");
        }
        ApplicationView draft = start(applicant, permit.pathwayCode());
        StoredApplication stored = records.find(draft.reference(), true).orElseThrow();
        decisions.renews(stored.id(), permit.number().grouped());
        records.ownedBy(applicant.account()).stream()
                .filter(earlier -> earlier.pathwayCode().equals(permit.pathwayCode())
                        && earlier.status() == ApplicationStatus.APPROVED)
                .findFirst()
                .ifPresent(earlier ->
                        records.update(stored.withDetails(withoutDocuments(earlier.details())), clock.instant()));
        record(applicant, "applications.renewal-started", draft.reference(), "self-service");
        return view(records.find(draft.reference(), false).orElseThrow(), applicant);
    }

    /** The actor's own applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> own(Actor applicant) {
        return records.ownedBy(applicant.account()).stream()
                .map(application -> view(application, applicant))
                .toList();
    }

    /**
     * An application, for its applicant or for staff who may handle it (every read by staff is audited).
     *
     * @throws ProblemException 404 {@code applications.not-found} when there is none the actor may see
     */
    @Transactional
    public ApplicationView find(Actor actor, String reference) {
        StoredApplication application = visible(actor, reference, false);
        if (!application.applicantId().equals(actor.account())) {
            record(actor, "applications.read", application.reference(), ASSESSMENT);
        }
        return view(application, actor);
    }

    /**
     * Saves a draft as the applicant wrote it so far.
     *
     * @param expectedVersion the version the applicant edited; {@code null} to skip the check
     * @throws ProblemException 400 naming each field that cannot be accepted; 409 {@code applications.not-draft} once
     *     submitted
     */
    @Transactional
    public ApplicationView save(
            Actor applicant, String reference, @Nullable Integer expectedVersion, ApplicationDetails details) {
        StoredApplication application = own(applicant, reference, expectedVersion);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("applications.not-draft");
        }
        checks.requireValid(details, applicant);
        StoredApplication saved = records.update(application.withDetails(details), clock.instant());
        record(applicant, "applications.saved", reference, "self-service");
        return view(saved, applicant);
    }

    /**
     * Submits a complete draft under the pathway's currently published version, and starts its statutory clock.
     *
     * @throws ProblemException 422 {@code applications.incomplete} with the {@code missing} items when anything is
     *     missing; 409 {@code applications.not-draft} when already submitted or withdrawn, {@code
     *     applications.window-closed} outside the application window, {@code applications.pathway-withdrawn} when the
     *     pathway is no longer published
     */
    @Transactional
    public ApplicationView submit(Actor applicant, String reference, @Nullable Integer expectedVersion) {
        StoredApplication application = own(applicant, reference, expectedVersion);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("applications.not-draft");
        }
        PathwayTerms pathway = terms.current(application.pathwayCode())
                .orElseThrow(() -> ProblemException.conflict("applications.pathway-withdrawn"));
        LocalDate today = today();
        if (!pathway.open(today)) {
            throw ProblemException.conflict("applications.window-closed");
        }
        List<MissingItem> missing = Completeness.check(application.details(), pathway, today, properties.childMaxAge());
        if (!missing.isEmpty()) {
            throw ApplicationRefused.incomplete(missing);
        }
        String eligibility = pathway.rules() == null
                ? "UNKNOWN"
                : pathway.rules()
                        .evaluate(ApplicationFacts.of(application.details(), today))
                        .outcome()
                        .name();
        String calendar = properties.calendarOf(pathway.code());
        var decision = pathway.decisionTime();
        var clockNow = new StatutoryClock(
                today, decision.days(), decision.count(), properties.calendar(calendar), List.of(), 0);
        Instant now = clock.instant();
        var submitted = application.submitted(new StoredApplication.Submission(
                pathway.version(),
                pathway.category().code(),
                eligibility,
                now,
                today,
                decision.days(),
                decision.count(),
                calendar,
                decision.extensionDays(),
                clockNow.dueDate().orElseThrow(),
                pathway.category() == PathwayCategory.REGULARIZATION));
        StoredApplication saved = records.update(submitted, now);
        history.addStep(saved.id(), Step.RECEIVED, now);
        record(applicant, "applications.submitted", reference, "self-service");
        events.publishEvent(
                new ApplicationSubmitted(saved.reference(), saved.applicantId(), saved.pathwayCode(), saved.dueOn()));
        return view(saved, applicant);
    }

    /**
     * Withdraws a draft or a pending application: it will not be decided.
     *
     * @throws ProblemException 409 {@code applications.not-pending} once withdrawn
     */
    @Transactional
    public ApplicationView withdraw(Actor applicant, String reference, @Nullable Integer expectedVersion) {
        StoredApplication application = own(applicant, reference, expectedVersion);
        if (application.status() != ApplicationStatus.DRAFT
                && !application.status().pending()) {
            throw ProblemException.conflict("applications.not-pending");
        }
        Instant now = clock.instant();
        StoredApplication saved =
                records.update(application.withStatus(ApplicationStatus.WITHDRAWN, application.dueOn()), now);
        history.addStep(saved.id(), Step.WITHDRAWN, now);
        record(applicant, "applications.withdrawn", reference, "self-service");
        return view(saved, applicant);
    }

    /**
     * Answers the open request for information; the clock runs again from tomorrow.
     *
     * @throws ProblemException 409 {@code applications.no-open-request} when nothing is asked
     */
    @Transactional
    public ApplicationView answer(Actor applicant, String reference, String answer) {
        StoredApplication application = own(applicant, reference, null);
        if (application.status() != ApplicationStatus.INFORMATION_REQUESTED) {
            throw ProblemException.conflict("applications.no-open-request");
        }
        checks.requireAnswer(answer);
        Instant now = clock.instant();
        history.answerOpenRequest(application.id(), answer.strip(), now, today());
        StoredApplication saved = records.update(
                application.withStatus(
                        ApplicationStatus.ASSESSMENT,
                        statutoryClock(application).dueDate().orElse(null)),
                now);
        history.addStep(saved.id(), Step.INFORMATION_RECEIVED, now);
        record(applicant, "applications.information-answered", reference, "self-service");
        return view(saved, applicant);
    }

    /** Where the clock of a submitted application stands; empty for a draft. */
    @Transactional(readOnly = true)
    public Optional<StatutoryClock> clockOf(Actor actor, String reference) {
        StoredApplication application = visible(actor, reference, false);
        return application.clockStart() == null ? Optional.empty() : Optional.of(statutoryClock(application));
    }

    /** The terms of a pathway's published version, for forms that ask for what it needs; empty when unpublished. */
    @Transactional(readOnly = true)
    public Optional<PathwayTerms> terms(String pathwayCode) {
        return terms.current(pathwayCode);
    }

    private static ApplicationDetails withoutDocuments(ApplicationDetails details) {
        return new ApplicationDetails(
                details.applicant(),
                details.job(),
                details.partner(),
                details.children(),
                java.util.Map.of(),
                ApplicationDetails.FeeChoice.none(),
                details.combinedWork());
    }

    /** Today in the service's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    Instant now() {
        return clock.instant();
    }

    StatutoryClock statutoryClock(StoredApplication application) {
        List<ClockPause> pauses = history.informationRequests(application.id()).stream()
                .map(request -> new ClockPause(request.requestedOn(), request.answeredOn()))
                .toList();
        return new StatutoryClock(
                application.clockStart(),
                application.decisionDays(),
                application.dayCount(),
                properties.calendar(application.calendar()),
                pauses,
                application.extensionDays());
    }

    StoredApplication own(Actor applicant, String reference, @Nullable Integer expectedVersion) {
        StoredApplication application = ReferenceNumbers.normalise(PREFIX, reference)
                .flatMap(canonical -> records.find(canonical, true))
                .filter(found -> found.applicantId().equals(applicant.account()))
                .orElseThrow(Applications::notFound);
        if (expectedVersion != null && expectedVersion != application.version()) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "applications.changed-meanwhile");
        }
        return application;
    }

    StoredApplication visible(Actor actor, String reference, boolean lock) {
        StoredApplication application = ReferenceNumbers.normalise(PREFIX, reference)
                .flatMap(canonical -> records.find(canonical, lock))
                .orElseThrow(Applications::notFound);
        if (application.applicantId().equals(actor.account())) {
            return application;
        }
        boolean submitted = application.status() != ApplicationStatus.DRAFT;
        boolean supervisor = actor.has(Role.SUPERVISOR);
        boolean caseworker = actor.has(Role.CASEWORKER)
                && (application.assignedTo() == null || application.assignedTo().equals(actor.account()));
        if (submitted && (supervisor || caseworker)) {
            return application;
        }
        throw notFound();
    }

    StoredApplication assigned(Actor caseworker, String reference) {
        StoredApplication application = visible(caseworker, reference, true);
        if (application.assignedTo() == null || !application.assignedTo().equals(caseworker.account())) {
            throw ProblemException.conflict("applications.not-assigned-to-you");
        }
        return application;
    }

    ApplicationView view(StoredApplication application, Actor actor) {
        List<MissingItem> missing = application.status() == ApplicationStatus.DRAFT
                ? terms.current(application.pathwayCode())
                        .map(pathway ->
                                Completeness.check(application.details(), pathway, today(), properties.childMaxAge()))
                        .orElse(List.of())
                : List.of();
        boolean staffView = !application.applicantId().equals(actor.account());
        return new ApplicationView(
                application.reference(),
                application.applicantId(),
                application.pathwayCode(),
                application.pathwayVersion(),
                application.status(),
                application.details(),
                application.eligibility(),
                application.createdAt(),
                application.submittedAt(),
                application.dueOn(),
                application.status() == ApplicationStatus.INFORMATION_REQUESTED,
                application.extensionDays(),
                application.extensionAllowed(),
                staffView ? application.extensionReason() : null,
                history.steps(application.id()).stream()
                        .map(step -> new StepEntry(step.step(), step.at()))
                        .toList(),
                history.informationRequests(application.id()).stream()
                        .map(request -> new InformationRequest(
                                request.requestedAt(), request.question(), request.answeredAt(), request.answer()))
                        .toList(),
                missing,
                staffView ? application.assignedTo() : null,
                application.protectedUntilDecided() && application.status().pending(),
                application.version());
    }

    void record(Actor actor, String action, String reference, String purpose) {
        audit.record(AuditRecord.of(action, "application", reference, purpose)
                .by(actor.account().toString()));
    }

    private static void requireApplicant(Actor actor) {
        if (!actor.has(Role.APPLICANT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.applicants-only");
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("applications.not-found");
    }
}
