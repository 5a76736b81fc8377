package org.openpathways.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.screening.children.Children;
import org.openpathways.screening.persistence.ScreeningRecords;
import org.openpathways.screening.persistence.StoredScreening;
import org.openpathways.screening.questionnaire.Questionnaire;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vulnerability screenings of a case, and the needs they raise.
 *
 * <p>Screening roles ({@link #SCREENING_ROLES}) record screenings and read their answers, for cases of their
 * organisation (and child protection for a child's case). Everyone else who may see the case (a caseworker, for one)
 * reads the result only: rating, needs, actions. Every read of answers is audited with its purpose. A screening never
 * refuses, delays or scores an application: this module does not call the applications module at all, and an
 * application reference is kept only as a link.
 */
@Service
public class Screenings {

    /** The roles that screen and may read answers. */
    public static final Set<Role> SCREENING_ROLES = Set.of(Role.CONSULAR, Role.CHILD_PROTECTION, Role.SUPERVISOR);

    /** The purpose recorded when a screening is read. */
    public static final String PURPOSE = "screening";

    private final ScreeningRecords records;
    private final Questionnaires questionnaires;
    private final Cases cases;
    private final Children children;
    private final RequiredActions requiredActions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screenings(
            ScreeningRecords records,
            Questionnaires questionnaires,
            Cases cases,
            Children children,
            RequiredActions requiredActions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.questionnaires = questionnaires;
        this.cases = cases;
        this.children = children;
        this.requiredActions = requiredActions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a screening of the case with the current questionnaire and rates it. When the person is a child (claimed
     * age, or the answer that they say so) the case becomes a child's case and the result requires a child-protection
     * officer: the one the case already requires, due from when it became a child's (see {@link RequiredActions}).
     *
     * @throws ProblemException 404 {@code cases.not-found} when the actor may not see the case; 403 {@code
     *     screening.not-allowed} when the actor may not screen it; 422 {@code screening.invalid} with {@code fields}
     *     (question codes, or {@code applicationReference}) and {@code problems} when answers cannot be accepted
     */
    @Transactional
    public ScreeningView record(CaseActor actor, UUID caseId, NewScreening screening) {
        CaseFile file = cases.find(actor, caseId, PURPOSE);
        if (!readsAnswers(actor, file)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.not-allowed");
        }
        Questionnaire questionnaire = questionnaires.current();
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        // Codes the questionnaire does not know are not echoed back: they are whatever the caller sent.
        questionnaire
                .problems(screening.answers())
                .forEach((code, problem) -> problems.put(problem.equals("unknown") ? "answers" : code, problem));
        String application = screening.applicationReference() == null
                        || screening.applicationReference().isBlank()
                ? null
                : ReferenceNumbers.normalise("A", screening.applicationReference())
                        .orElse("");
        if (application != null && application.isEmpty()) {
            problems.put("applicationReference", "invalid");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("screening.invalid")
                    .with("field", problems.keySet().iterator().next())
                    .with("fields", List.copyOf(problems.keySet()))
                    .with("problems", problems);
        }
        // To the microsecond, as the database keeps it: the answer and later reads tell the same times.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> answers = screening.answers().entrySet().stream()
                .filter(answer -> !answer.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        ScreeningResult rated = questionnaire.rate(answers, now);
        boolean saysChild = "yes".equals(answers.get("says-under-18"));
        ScreeningResult result = children.evaluate(caseId, file.identity().claimedBirthDate(), saysChild, now)
                ? requiredActions
                        .childProtectionOfficer(caseId)
                        .map(officer -> questionnaire.forAChild(rated, officer))
                        .orElseGet(() -> questionnaire.forAChild(rated, now))
                : rated;
        var stored = new StoredScreening(
                UUID.randomUUID(),
                caseId,
                application,
                questionnaire.id(),
                questionnaire.version(),
                answers,
                result,
                actor.account(),
                now);
        records.insert(stored);
        audit.record(AuditRecord.of("screening.recorded", "screening", stored.id(), PURPOSE)
                .with("case", caseId.toString())
                .with("rating", result.rating().name()));
        events.publishEvent(new ScreeningRecorded(stored.id(), caseId, result.rating()));
        return view(stored, true);
    }

    /**
     * A screening: its result for whoever may see the case, its answers too for the screening roles. Audited with
     * the purpose, the read of answers separately.
     *
     * @throws ProblemException 404 {@code screening.not-found} when there is none the actor may see
     */
    @Transactional
    public ScreeningView screening(CaseActor actor, UUID id, String purpose) {
        StoredScreening stored = records.find(id)
                .filter(found -> cases.visibleTo(actor, found.caseId()))
                .orElseThrow(() -> ProblemException.notFound("screening.not-found"));
        CaseFile file = cases.find(actor, stored.caseId(), purpose);
        boolean answers = readsAnswers(actor, file);
        audit.record(
                AuditRecord.of(answers ? "screening.answers-read" : "screening.result-read", "screening", id, purpose)
                        .with("case", stored.caseId().toString()));
        return view(stored, answers);
    }

    /** The case's screenings, newest first, results only (no answers, so not audited beyond the case read). */
    @Transactional(readOnly = true)
    public List<ScreeningView> ofCase(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            return List.of();
        }
        return records.ofCase(caseId).stream().map(s -> view(s, false)).toList();
    }

    /**
     * The case's current needs, from its latest screening; empty before any screening. No authorisation inside: for a
     * module that has checked that its caller may see the case (referrals), and which audits its own use.
     */
    @Transactional(readOnly = true)
    public Optional<CaseNeeds> needsOf(UUID caseId) {
        return records.latest(caseId)
                .map(latest -> new CaseNeeds(
                        caseId,
                        latest.id(),
                        latest.result().rating(),
                        latest.result().needs(),
                        latest.screenedAt()));
    }

    /** Whether the actor may screen the case and read its answers. */
    public static boolean readsAnswers(CaseActor actor, CaseFile file) {
        return actor.memberOf(file.organisationId()) && SCREENING_ROLES.stream().anyMatch(actor::has)
                || file.child() && actor.has(Role.CHILD_PROTECTION);
    }

    private static ScreeningView view(StoredScreening stored, boolean answers) {
        return new ScreeningView(
                stored.id(),
                stored.caseId(),
                stored.applicationReference(),
                stored.questionnaireId(),
                stored.questionnaireVersion(),
                stored.result(),
                stored.screenedAt(),
                stored.screenedBy(),
                answers ? stored.answers() : null);
    }
}
