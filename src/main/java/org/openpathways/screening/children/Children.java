package org.openpathways.screening.children;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.screening.RequiredActions;
import org.openpathways.screening.ScreeningProperties;
import org.openpathways.screening.children.ChildFile.Status;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Children's cases. A case becomes a child's when the claimed age, the person's own answer or an age assessment's
 * lower bound is under the child age; from then a guardian or representative is due within the configured hours, and
 * a child-protection officer at once ({@link RequiredActions#callChildProtectionOfficer}), whatever made it a child's.
 *
 * <p>Only {@code CHILD_PROTECTION} staff record a child's interview (with the representative or guardian present, named),
 * assign guardians, and record best-interests assessments and determinations ({@link BestInterests}); a refusal is 403, audited in a
 * transaction of its own so that it stays on record though nothing else is stored. Screening roles may record an age
 * assessment and the unaccompanied and separated flags. Everything else is refused before anything changes.
 */
@Service
public class Children {

    public static final List<String> AGE_METHODS =
            List.of("documents", "interview", "psychosocial", "physical-development", "medical", "other");
    public static final List<String> GUARDIAN_ROLES = List.of("guardian", "representative");
    static final String PURPOSE = "child-protection";
    static final int MAX_TEXT = 4000;

    private final ChildRecords records;
    private final Cases cases;
    private final RequiredActions actions;
    private final StaffNames staffNames;
    private final ScreeningProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ZoneId zone;

    Children(
            ChildRecords records,
            Cases cases,
            RequiredActions actions,
            StaffNames staffNames,
            ScreeningProperties properties,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.records = records;
        this.cases = cases;
        this.actions = actions;
        this.staffNames = staffNames;
        this.properties = properties;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Decides, in the caller's transaction, whether a screened person is a child by their claimed birth date or their
     * own answer, and if so makes the case a child's (once), which requires a child-protection officer from {@code at}.
     * Doubt benefits the person: a case never stops being a child's here.
     *
     * @param at when the person was screened
     * @return whether the case is a child's case
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean evaluate(UUID caseId, @Nullable LocalDate claimedBirthDate, boolean saysChild, Instant at) {
        if (saysChild || ChildRule.byClaimedBirthDate(claimedBirthDate, today(), properties.childAge())) {
            becomeChild(caseId, saysChild ? "says-under-age" : "claimed-age", at);
            return true;
        }
        return records.status(caseId).isPresent();
    }

    /**
     * Records an age assessment; when its lower bound is under the child age, the case becomes a child's and requires a
     * child-protection officer, due from the assessment.
     *
     * @return whether the case is now a child's case
     * @throws ProblemException 404 when the actor may not see the case; 403 {@code screening.not-allowed} for roles
     *     that do not screen; 422 {@code screening.child-invalid} naming the fields
     */
    @Transactional
    public boolean recordAgeAssessment(CaseActor actor, UUID caseId, ChildInputs.AgeAssessment input) {
        CaseFile file = cases.find(actor, caseId, PURPOSE);
        if (!screens(actor, file)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.not-allowed");
        }
        List<String> wrong = new ArrayList<>();
        if (input.method() == null || !AGE_METHODS.contains(input.method())) {
            wrong.add("method");
        }
        if (input.minAge() == null || input.minAge() < 0 || input.minAge() > 120) {
            wrong.add("minAge");
        }
        if (input.maxAge() == null
                || input.maxAge() < 0
                || input.maxAge() > 120
                || input.minAge() != null && input.maxAge() < input.minAge()) {
            wrong.add("maxAge");
        }
        String notes = ChildTexts.optional(input.notes(), "notes", wrong);
        ChildTexts.refuse(wrong);
        var assessment = new ChildFile.AgeAssessment(
                UUID.randomUUID(),
                input.method(),
                input.minAge(),
                input.maxAge(),
                notes,
                actor.account(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        records.insert(caseId, assessment);
        audit.record(AuditRecord.of("screening.age-assessed", "case", caseId, PURPOSE)
                .with("method", assessment.method())
                .with("child", Boolean.toString(ChildRule.byAssessment(assessment.minAge(), properties.childAge()))));
        if (ChildRule.byAssessment(assessment.minAge(), properties.childAge())) {
            becomeChild(caseId, "assessed-age", assessment.assessedAt());
        }
        return records.status(caseId).isPresent();
    }

    /**
     * Flags a child as unaccompanied and/or separated.
     *
     * @throws ProblemException 409 {@code screening.not-a-child} when the case is not a child's
     */
    @Transactional
    public ChildFile flag(CaseActor actor, UUID caseId, ChildInputs.Flags flags) {
        CaseFile file = cases.find(actor, caseId, PURPOSE);
        if (!screens(actor, file)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.not-allowed");
        }
        requireChild(caseId);
        records.flag(caseId, flags.isUnaccompanied(), flags.isSeparated());
        audit.record(AuditRecord.of("screening.child-flagged", "case", caseId, PURPOSE)
                .with("unaccompanied", Boolean.toString(flags.isUnaccompanied()))
                .with("separated", Boolean.toString(flags.isSeparated())));
        return file(actor, caseId);
    }

    /** Assigns a guardian or representative to a child. Child protection only. */
    @Transactional
    public ChildFile assignGuardian(CaseActor actor, UUID caseId, ChildInputs.Guardian input) {
        requireChildProtection(actor, caseId, "guardian-assignment");
        requireChild(caseId);
        List<String> wrong = new ArrayList<>();
        if (input.role() == null || !GUARDIAN_ROLES.contains(input.role())) {
            wrong.add("role");
        }
        String name = ChildTexts.required(input.name(), 200, "name", wrong);
        String organisation = ChildTexts.optional(input.organisation(), 200, "organisation", wrong);
        ChildTexts.refuse(wrong);
        records.insert(
                caseId,
                new ChildFile.Guardian(
                        UUID.randomUUID(), input.role(), name, organisation, actor.account(), clock.instant()));
        audit.record(AuditRecord.of("screening.guardian-assigned", "case", caseId, PURPOSE)
                .with("role", input.role()));
        return file(actor, caseId);
    }

    /**
     * Records a child's interview, which needs the representative or guardian present named.
     *
     * @throws ProblemException 403 {@code screening.child-protection-only} (audited) for anyone but child-protection
     *     staff; 422 {@code screening.representative-required} when no representative is named; 422 {@code
     *     screening.child-invalid} for other fields; 409 {@code screening.not-a-child}
     */
    @Transactional
    public ChildFile recordInterview(CaseActor actor, UUID caseId, ChildInputs.Interview input) {
        requireChildProtection(actor, caseId, "child-interview");
        requireChild(caseId);
        List<String> wrong = new ArrayList<>();
        String representative = ChildTexts.required(input.representativeName(), 200, "representativeName", wrong);
        if (input.representativeRole() == null || !GUARDIAN_ROLES.contains(input.representativeRole())) {
            wrong.add("representativeRole");
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.unprocessable("screening.representative-required")
                    .with("field", wrong.get(0))
                    .with("fields", List.copyOf(wrong));
        }
        if (input.language() == null || !input.language().matches("[a-z]{2,3}")) {
            wrong.add("language");
        }
        String summary = ChildTexts.required(input.summary(), MAX_TEXT, "summary", wrong);
        ChildTexts.refuse(wrong);
        records.insert(
                caseId,
                new ChildFile.Interview(
                        UUID.randomUUID(),
                        input.representativeRole(),
                        representative,
                        input.language(),
                        summary,
                        actor.account(),
                        clock.instant()));
        audit.record(AuditRecord.of("screening.child-interviewed", "case", caseId, PURPOSE)
                .with("representative-role", input.representativeRole()));
        return file(actor, caseId);
    }

    /**
     * A child's case: all of it for child-protection staff (their read of names and contents is audited), the status
     * and age assessments for others who may see the case.
     *
     * @throws ProblemException 404 when the actor may not see the case or it is not a child's
     */
    @Transactional
    public ChildFile file(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        Status status = records.status(caseId).orElseThrow(() -> ProblemException.notFound("screening.not-a-child"));
        List<String> required = required(caseId);
        boolean guardianOverdue =
                records.guardians(caseId).isEmpty() && clock.instant().isAfter(status.guardianDueAt());
        boolean complete = actor.has(Role.CHILD_PROTECTION);
        ChildFile file = new ChildFile(
                status,
                guardianOverdue,
                records.ageAssessments(caseId),
                records.guardians(caseId),
                records.interviews(caseId),
                records.assessments(caseId),
                complete ? named(records.determinations(caseId)) : List.of(),
                required,
                actions.ofCase(caseId),
                true);
        if (!complete) {
            return file.forOthers();
        }
        audit.record(AuditRecord.of("screening.child-file-read", "case", caseId, PURPOSE));
        return file;
    }

    /** Whether the case is a child's case here. */
    @Transactional(readOnly = true)
    public boolean isChild(UUID caseId) {
        return records.status(caseId).isPresent();
    }

    private List<String> required(UUID caseId) {
        List<String> named = records.assessments(caseId).stream()
                .flatMap(assessment -> assessment.situations().stream())
                .distinct()
                .toList();
        List<String> determined = records.determinations(caseId).stream()
                .map(ChildFile.Determination::situation)
                .toList();
        return pending(properties.determinationSituations(), named, determined);
    }

    /** The situations the configuration names that an assessment named and no determination decided yet. */
    static List<String> pending(List<String> configured, List<String> named, List<String> determined) {
        return configured.stream()
                .filter(named::contains)
                .filter(situation -> !determined.contains(situation))
                .toList();
    }

    private void becomeChild(UUID caseId, String reason, Instant at) {
        if (records.becameChild(caseId, at, at.plus(Duration.ofHours(properties.guardianHours())))) {
            audit.record(AuditRecord.of("screening.child-recognised", "case", caseId, PURPOSE)
                    .with("reason", reason));
            actions.callChildProtectionOfficer(caseId, at, reason);
        }
        cases.markChild(caseId, true);
    }

    /** The determinations with each panel member's name, for child-protection staff. */
    private List<ChildFile.Determination> named(List<ChildFile.Determination> determinations) {
        Map<UUID, String> names = staffNames.of(determinations.stream()
                .flatMap(determination -> determination.panel().stream())
                .map(ChildFile.PanelView::member)
                .toList());
        return determinations.stream()
                .map(determination -> determination.named(names))
                .toList();
    }

    void requireChild(UUID caseId) {
        if (records.status(caseId).isEmpty()) {
            throw ProblemException.conflict("screening.not-a-child");
        }
    }

    /** Refuses, and records the refusal in a transaction of its own, anyone but child-protection staff. */
    void requireChildProtection(CaseActor actor, UUID caseId, String action) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        if (!actor.has(Role.CHILD_PROTECTION)) {
            separately.executeWithoutResult(status -> audit.record(
                    AuditRecord.of("screening.refused", "case", caseId, PURPOSE).with("action", action)));
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.child-protection-only");
        }
    }

    private static boolean screens(CaseActor actor, CaseFile file) {
        return org.openpathways.screening.Screenings.readsAnswers(actor, file);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
