package org.openpathways.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.CaseRecords;
import org.openpathways.cases.persistence.OwnershipRecords;
import org.openpathways.cases.persistence.TransferRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of a case to another organisation. Whoever steers the case asks (a supervisor of the owning organisation,
 * or child-protection staff for a child's case); the transfer takes effect only when a supervisor of the receiving
 * organisation (or its child-protection staff, for a child's case) accepts it, and the sending organisation keeps the
 * case until then. Each step leaves a snapshot of the owner in the ownership history.
 */
@Service
public class CaseTransfers {

    static final int LIMIT = 200;

    private final TransferRecords transfers;
    private final CaseRecords records;
    private final OwnershipRecords ownership;
    private final Cases cases;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseTransfers(
            TransferRecords transfers,
            CaseRecords records,
            OwnershipRecords ownership,
            Cases cases,
            Organisations organisations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.transfers = transfers;
        this.records = records;
        this.ownership = ownership;
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 when the actor may not see the case; 403 {@code cases.not-allowed} unless the actor
     *     steers it; 422 {@code cases.transfer-invalid} naming missing or wrong fields,
     *     {@code cases.transfer-same-organisation}, {@code cases.transfer-cannot-hold-cases} for an organisation whose
     *     staff do not work on cases, {@code cases.transfer-service-not-offered}; 409 {@code cases.transfer-pending}
     *     while another transfer of the case awaits an answer
     */
    @Transactional
    public CaseTransfer request(
            CaseActor actor,
            UUID caseId,
            @Nullable UUID to,
            @Nullable TransferService service,
            @Nullable String reason) {
        CaseRecords.Access access = steered(actor, caseId);
        List<String> wrong = CaseRules.errors();
        Organisation receiver = to == null ? null : organisations.find(to).orElse(null);
        if (receiver == null) {
            wrong.add("organisation");
        }
        if (service == null) {
            wrong.add("service");
        }
        String why = CaseRules.text(reason, 500, true, false, "reason", wrong);
        CaseRules.refuseIfAny(wrong, "cases.transfer-invalid");
        if (receiver.id().equals(access.organisationId())) {
            throw ProblemException.unprocessable("cases.transfer-same-organisation")
                    .with("field", "organisation");
        }
        if (!holdsCases(receiver.kind())) {
            throw ProblemException.unprocessable("cases.transfer-cannot-hold-cases")
                    .with("field", "organisation");
        }
        if (!offers(receiver, service)) {
            throw ProblemException.unprocessable("cases.transfer-service-not-offered")
                    .with("field", "service");
        }
        CaseFile file = records.find(caseId, true).orElseThrow();
        if (transfers.pendingFor(caseId)) {
            throw ProblemException.conflict("cases.transfer-pending");
        }
        Instant now = clock.instant();
        CaseTransfer transfer = new CaseTransfer(
                UUID.randomUUID(),
                caseId,
                file.reference(),
                file.organisationId(),
                receiver.id(),
                service,
                why,
                actor.account(),
                now,
                CaseTransfer.Status.PENDING,
                null,
                null,
                null,
                0);
        try {
            transfers.insert(transfer);
        } catch (DataIntegrityViolationException pendingMeanwhile) {
            throw ProblemException.conflict("cases.transfer-pending");
        }
        step(caseId, OwnershipStep.Kind.TRANSFER_REQUESTED, file.organisationId(), file.assignedTo(), actor, why, now);
        audit.record(AuditRecord.of("cases.transfer-requested", "case", caseId, Cases.CASE_WORK)
                .with("transfer", transfer.id().toString())
                .with("to", receiver.id().toString())
                .with("service", service.name()));
        return transfer;
    }

    /**
     * Accepts or declines a pending transfer on behalf of the receiving organisation.
     *
     * @param accepted true to accept, false to decline, null when the caller did not say (422)
     * @param expectedVersion the version the decision was taken on; the current one when null
     * @throws ProblemException 404 {@code cases.transfer-not-found} when there is no such transfer the actor may see;
     *     403 {@code cases.transfer-not-allowed} unless the actor is a supervisor of the receiving organisation (or its
     *     child-protection staff, for a child's case); 422 {@code cases.transfer-invalid} when declining without a
     *     reason; 409 {@code cases.transfer-decided} when it is no longer pending, {@code cases.stale} when it or the
     *     case changed meanwhile
     */
    @Transactional
    public CaseTransfer decide(
            CaseActor actor,
            UUID caseId,
            UUID transferId,
            @Nullable Boolean accepted,
            @Nullable String reason,
            @Nullable Long expectedVersion) {
        CaseTransfer transfer = transfers
                .find(caseId, transferId)
                .orElseThrow(() -> ProblemException.notFound("cases.transfer-not-found"));
        CaseRecords.Access access = records.access(caseId).orElseThrow();
        if (!actor.memberOf(transfer.toOrganisation()) && !cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.transfer-not-found");
        }
        if (!decides(actor, transfer, access.child())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.transfer-not-allowed");
        }
        if (transfer.status() != CaseTransfer.Status.PENDING) {
            throw ProblemException.conflict("cases.transfer-decided");
        }
        List<String> wrong = CaseRules.errors();
        if (accepted == null) {
            wrong.add("decision");
        }
        boolean accept = Boolean.TRUE.equals(accepted);
        String why = CaseRules.text(reason, 500, !accept, false, "reason", wrong);
        CaseRules.refuseIfAny(wrong, "cases.transfer-invalid");
        Instant now = clock.instant();
        long version = expectedVersion == null ? transfer.version() : expectedVersion;
        CaseFile file = records.find(caseId, true).orElseThrow();
        try {
            transfers.decide(
                    transferId,
                    accept ? CaseTransfer.Status.ACCEPTED : CaseTransfer.Status.DECLINED,
                    actor.account(),
                    now,
                    accept ? null : why,
                    version);
            if (accept) {
                ownership.changeOwner(caseId, transfer.fromOrganisation(), transfer.toOrganisation());
            }
        } catch (OptimisticLockingFailureException stale) {
            throw ProblemException.conflict("cases.stale");
        }
        if (accept) {
            step(caseId, OwnershipStep.Kind.TRANSFERRED, transfer.toOrganisation(), null, actor, why, now);
            events.publishEvent(
                    new CaseTransferred(caseId, transfer.fromOrganisation(), transfer.toOrganisation(), now));
        } else {
            step(
                    caseId,
                    OwnershipStep.Kind.TRANSFER_DECLINED,
                    file.organisationId(),
                    file.assignedTo(),
                    actor,
                    why,
                    now);
        }
        audit.record(AuditRecord.of(
                        accept ? "cases.transfer-accepted" : "cases.transfer-declined", "case", caseId, Cases.CASE_WORK)
                .with("transfer", transferId.toString()));
        return transfers.find(caseId, transferId).orElseThrow();
    }

    /** The case's transfers, newest first. @throws ProblemException 404 as {@link Cases#find} */
    @Transactional(readOnly = true)
    public List<CaseTransfer> ofCase(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        return transfers.ofCase(caseId);
    }

    /** The pending transfers to the actor's organisation that the actor may accept or decline, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseTransfer> pendingIn(CaseActor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return transfers.pending(actor.organisationId(), true, LIMIT).stream()
                .filter(transfer -> decides(
                        actor,
                        transfer,
                        records.access(transfer.caseId())
                                .map(CaseRecords.Access::child)
                                .orElse(false)))
                .toList();
    }

    /** For a supervisor: the pending transfers from their organisation, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseTransfer> pendingOut(CaseActor actor) {
        if (!actor.has(Role.SUPERVISOR) || actor.organisationId() == null) {
            return List.of();
        }
        return transfers.pending(actor.organisationId(), false, LIMIT);
    }

    /** Organisations whose kind lets their staff work on cases: where a case may be transferred. */
    @Transactional(readOnly = true)
    public List<Organisation> destinations() {
        return organisations.ofKinds(java.util.Arrays.stream(OrganisationKind.values())
                .filter(CaseTransfers::holdsCases)
                .collect(java.util.stream.Collectors.toSet()));
    }

    static boolean holdsCases(OrganisationKind kind) {
        return kind.roles().stream().anyMatch(CaseActor.CASE_STAFF::contains);
    }

    private boolean offers(Organisation receiver, TransferService service) {
        return service == TransferService.CHILD_PROTECTION
                ? receiver.kind().allows(Role.CHILD_PROTECTION)
                : holdsCases(receiver.kind());
    }

    private static boolean decides(CaseActor actor, CaseTransfer transfer, boolean child) {
        return actor.memberOf(transfer.toOrganisation())
                && (actor.has(Role.SUPERVISOR) || child && actor.has(Role.CHILD_PROTECTION));
    }

    private CaseRecords.Access steered(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        CaseRecords.Access access =
                records.access(caseId).orElseThrow(() -> ProblemException.notFound("cases.not-found"));
        if (!CaseRules.steers(actor, access)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        return access;
    }

    private void step(
            UUID caseId,
            OwnershipStep.Kind kind,
            UUID organisation,
            @Nullable UUID assignee,
            CaseActor actor,
            @Nullable String reason,
            Instant at) {
        ownership.append(new OwnershipStep(
                UUID.randomUUID(), caseId, kind, organisation, assignee, actor.account(), reason, at));
    }
}
