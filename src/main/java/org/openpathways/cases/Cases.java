package org.openpathways.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.CaseRecords;
import org.openpathways.cases.persistence.OwnershipRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protection cases: opening one at first contact, reading it, assigning it, and who may see it.
 *
 * <p>A case is visible to staff with a case role ({@link CaseActor#CASE_STAFF}) of the owning organisation, to
 * child-protection staff of any organisation when it is a child's case, and to the officer assigned to it. Nobody else
 * ever: administrators, analysts, service providers and applicants hold no case role (providers get consented data
 * through referrals). A case the actor may not see is the same 404 as one that does not exist. Every read by staff is
 * audited with its purpose, in the read's transaction.
 */
@Service
public class Cases {

    /** The purpose recorded when staff read a case to work on it. */
    public static final String CASE_WORK = "case-work";

    static final String PREFIX = "C";
    static final int LIST_LIMIT = 200;

    private final CaseRecords records;
    private final OwnershipRecords ownership;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Cases(
            CaseRecords records,
            OwnershipRecords ownership,
            Organisations organisations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.records = records;
        this.ownership = ownership;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Opens a case owned by the actor's organisation.
     *
     * @throws ProblemException 403 {@code cases.not-allowed} when the actor holds no case role or works for no
     *     organisation; 422 {@code cases.invalid} naming the fields that cannot be accepted
     */
    @Transactional
    public CaseFile open(CaseActor actor, NewCase typed) {
        if (!actor.caseStaff()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        CaseChecks.Valid valid = CaseChecks.check(typed, LocalDate.now(clock.withZone(zone)));
        if (actor.organisationId() == null) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        Instant now = clock.instant();
        CaseFile file = new CaseFile(
                UUID.randomUUID(),
                ReferenceNumbers.generate(PREFIX),
                actor.organisationId(),
                null,
                valid.identity(),
                valid.firstContact(),
                valid.applicationReference(),
                false,
                now,
                0);
        records.insert(file, actor.account());
        audit.record(AuditRecord.of("cases.opened", "case", file.id(), CASE_WORK)
                .with("contact-point", file.firstContact().point().name()));
        events.publishEvent(new CaseOpened(
                file.id(), file.organisationId(), file.firstContact().point()));
        return file;
    }

    /**
     * A case, for staff who may see it; the read is audited with its purpose.
     *
     * @param purpose why it is read, e.g. {@link #CASE_WORK} or {@code screening}
     * @throws ProblemException 404 {@code cases.not-found} when there is no case the actor may see
     */
    @Transactional
    public CaseFile find(CaseActor actor, UUID id, String purpose) {
        if (!visibleTo(actor, id)) {
            throw ProblemException.notFound("cases.not-found");
        }
        CaseFile file = records.find(id, false).orElseThrow(() -> ProblemException.notFound("cases.not-found"));
        audit.record(AuditRecord.of("cases.read", "case", id, purpose));
        return file;
    }

    /** Whether the actor may see the case; false for a case that does not exist. */
    @Transactional(readOnly = true)
    public boolean visibleTo(CaseActor actor, UUID id) {
        if (!actor.caseStaff()) {
            return false;
        }
        return records.access(id)
                .map(access -> actor.account().equals(access.assignedTo())
                        || actor.memberOf(access.organisationId())
                        || access.child() && actor.has(Role.CHILD_PROTECTION))
                .orElse(false);
    }

    /**
     * The cases the actor works on, newest first: those of their organisation, those assigned to them and, for
     * child-protection staff, every child's case. Shows no identity, so it is not a read of personal data.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> list(CaseActor actor) {
        if (!actor.caseStaff()) {
            return List.of();
        }
        return records.listed(actor.organisationId(), actor.account(), actor.has(Role.CHILD_PROTECTION), LIST_LIMIT);
    }

    /** As {@link #assign(CaseActor, UUID, UUID, String, long)} without a reason. */
    @Transactional
    public CaseFile assign(CaseActor actor, UUID id, UUID account, long expectedVersion) {
        return assign(actor, id, account, null, expectedVersion);
    }

    // ---- Case management (C4): assignment with its history ----

    /**
     * Puts a member of the owning organisation who works on cases in charge of the case, and keeps who was assigned,
     * when, by whom and why in the ownership history.
     *
     * @throws ProblemException 404 when the actor may not see the case; 403 {@code cases.not-allowed} unless the actor
     *     is a supervisor of the owning organisation (or child-protection staff for a child's case); 422
     *     {@code cases.assignee-invalid} when the account is not an active member of it with a case role, and
     *     {@code cases.reason-invalid} for a reason that cannot be accepted; 409 {@code cases.stale} when the case
     *     changed since {@code expectedVersion}
     */
    @Transactional
    public CaseFile assign(CaseActor actor, UUID id, UUID account, @Nullable String reason, long expectedVersion) {
        CaseFile file = find(actor, id, CASE_WORK);
        if (!CaseRules.steers(actor, new CaseRecords.Access(file.organisationId(), file.assignedTo(), file.child()))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        if (!organisations
                .staffMember(account)
                .map(member -> CaseRules.mayWorkOn(member, file.organisationId()))
                .orElse(false)) {
            throw ProblemException.unprocessable("cases.assignee-invalid").with("field", "account");
        }
        List<String> wrong = CaseRules.errors();
        String why = CaseRules.text(reason, 500, false, false, "reason", wrong);
        CaseRules.refuseIfAny(wrong, "cases.reason-invalid");
        try {
            records.assign(id, account, expectedVersion);
        } catch (OptimisticLockingFailureException stale) {
            throw ProblemException.conflict("cases.stale");
        }
        ownership.append(new OwnershipStep(
                UUID.randomUUID(),
                id,
                OwnershipStep.Kind.ASSIGNED,
                file.organisationId(),
                account,
                actor.account(),
                why,
                clock.instant()));
        audit.record(AuditRecord.of("cases.assigned", "case", id, CASE_WORK).with("assignee", account.toString()));
        return records.find(id, false).orElseThrow();
    }

    /**
     * The person's identity, without any authorisation: for a module that has checked the person's consent to share it
     * and audits its own read (referrals).
     *
     * @throws ProblemException 404 {@code cases.not-found} when there is no such case
     */
    @Transactional(readOnly = true)
    public Identity identityForSharing(UUID id) {
        return records.find(id, false)
                .map(CaseFile::identity)
                .orElseThrow(() -> ProblemException.notFound("cases.not-found"));
    }

    /**
     * Records whether the case is a child's, in the caller's transaction (the screening module decides it from the
     * claimed or assessed age). Audited and announced by {@link CaseChildStatusChanged} only when it changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markChild(UUID id, boolean child) {
        if (records.access(id).isEmpty()) {
            throw ProblemException.notFound("cases.not-found");
        }
        if (records.markChild(id, child)) {
            audit.record(AuditRecord.of("cases.child-status-changed", "case", id, "child-protection")
                    .with("child", Boolean.toString(child)));
            events.publishEvent(new CaseChildStatusChanged(id, child, clock.instant()));
        }
    }
}
