package org.openpathways.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.persistence.ApprovalRecords;
import org.openpathways.cases.persistence.CaseRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals on a case, kept as a list of entries that are never changed: anyone who works on the case asks for one; a
 * supervisor of the owning organisation who did not ask approves or rejects it, with a comment (maker-checker, enforced
 * here and by the schema).
 */
@Service
public class CaseApprovals {

    static final int LIMIT = 200;

    private final ApprovalRecords approvals;
    private final CaseRecords records;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseApprovals(ApprovalRecords approvals, CaseRecords records, Cases cases, AuditTrail audit, Clock clock) {
        this.approvals = approvals;
        this.records = records;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 when the actor may not see the case; 422 {@code cases.approval-invalid} for a
     *     missing subject or a text that cannot be accepted
     */
    @Transactional
    public ApprovalEntry request(CaseActor actor, UUID caseId, @Nullable String subject, @Nullable String comment) {
        visible(actor, caseId);
        List<String> wrong = CaseRules.errors();
        String what = CaseRules.text(subject, 200, true, false, "subject", wrong);
        String why = CaseRules.text(comment, 1000, false, true, "comment", wrong);
        CaseRules.refuseIfAny(wrong, "cases.approval-invalid");
        UUID id = UUID.randomUUID();
        ApprovalEntry entry = new ApprovalEntry(
                id, caseId, "", id, ApprovalEntry.Kind.REQUESTED, what, why, actor.account(), clock.instant());
        approvals.append(entry, actor.account());
        audit.record(AuditRecord.of("cases.approval-requested", "case", caseId, Cases.CASE_WORK)
                .with("request", id.toString()));
        return approvals.request(caseId, id).orElseThrow();
    }

    /**
     * @param approve true to approve, false to reject, null when the caller did not say (422)
     * @throws ProblemException 404 when the actor may not see the case or it has no such request; 403
     *     {@code cases.approval-not-allowed} unless the actor is a supervisor of the owning organisation, and
     *     {@code cases.approval-own-request} for the one who asked; 422 {@code cases.approval-invalid} without a
     *     comment; 409 {@code cases.approval-decided} when it is already decided
     */
    @Transactional
    public ApprovalEntry decide(
            CaseActor actor, UUID caseId, UUID requestId, @Nullable Boolean approve, @Nullable String comment) {
        CaseRecords.Access access = visible(actor, caseId);
        ApprovalEntry request = approvals
                .request(caseId, requestId)
                .orElseThrow(() -> ProblemException.notFound("cases.approval-not-found"));
        if (!actor.has(Role.SUPERVISOR) || !actor.memberOf(access.organisationId())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.approval-not-allowed");
        }
        if (request.actor().equals(actor.account())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.approval-own-request");
        }
        List<String> wrong = CaseRules.errors();
        if (approve == null) {
            wrong.add("decision");
        }
        String why = CaseRules.text(comment, 1000, true, true, "comment", wrong);
        CaseRules.refuseIfAny(wrong, "cases.approval-invalid");
        if (approvals.decided(requestId)) {
            throw ProblemException.conflict("cases.approval-decided");
        }
        ApprovalEntry decision = new ApprovalEntry(
                UUID.randomUUID(),
                caseId,
                request.caseReference(),
                requestId,
                Boolean.TRUE.equals(approve) ? ApprovalEntry.Kind.APPROVED : ApprovalEntry.Kind.REJECTED,
                null,
                why,
                actor.account(),
                clock.instant());
        try {
            approvals.append(decision, request.actor());
        } catch (DataIntegrityViolationException decidedMeanwhile) {
            throw ProblemException.conflict("cases.approval-decided");
        }
        audit.record(AuditRecord.of("cases.approval-decided", "case", caseId, Cases.CASE_WORK)
                .with("request", requestId.toString())
                .with("decision", decision.kind().name()));
        return decision;
    }

    /** Every entry of the case's approvals, in the order recorded. @throws ProblemException 404 as {@link Cases#find} */
    @Transactional(readOnly = true)
    public List<ApprovalEntry> history(CaseActor actor, UUID caseId) {
        visible(actor, caseId);
        return approvals.ofCase(caseId);
    }

    /** For a supervisor: the requests awaiting a decision on their organisation's cases, oldest first. */
    @Transactional(readOnly = true)
    public List<ApprovalEntry> pending(CaseActor actor) {
        if (!actor.has(Role.SUPERVISOR) || actor.organisationId() == null) {
            return List.of();
        }
        return approvals.pendingIn(actor.organisationId(), LIMIT);
    }

    private CaseRecords.Access visible(CaseActor actor, UUID caseId) {
        if (!cases.visibleTo(actor, caseId)) {
            throw ProblemException.notFound("cases.not-found");
        }
        return records.access(caseId).orElseThrow(() -> ProblemException.notFound("cases.not-found"));
    }
}
