package org.openpathways.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.ApprovalEntry;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseTask;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.TransferService;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Decisions on a case through the API: approvals (append-only), transfers, and the supervisor's dashboard. */
@RestController
@Tag(name = "Case management", description = "Approvals and transfers of a protection case")
class CaseDecisionsApi {

    private static final String CASE = CaseWorkApi.CASE;
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final CaseApprovals approvals;
    private final CaseTransfers transfers;
    private final CaseTasks tasks;
    private final CaseActors actors;

    CaseDecisionsApi(CaseApprovals approvals, CaseTransfers transfers, CaseTasks tasks, CaseActors actors) {
        this.approvals = approvals;
        this.transfers = transfers;
        this.tasks = tasks;
        this.actors = actors;
    }

    record ApprovalRequest(
            @Nullable String subject, @Nullable String comment) {}

    record Decision(
            @Nullable String decision,
            @Nullable String comment,
            @Nullable String reason,
            @Nullable Long version) {}

    record TransferRequest(
            @Nullable UUID organisation,
            @Nullable String service,
            @Nullable String reason) {}

    record Supervision(
            List<CaseTask> overdueTasks,
            List<ApprovalEntry> pendingApprovals,
            List<CaseTransfer> transfersIn,
            List<CaseTransfer> transfersOut) {}

    @GetMapping(path = CASE + "/approvals", produces = JSON)
    @Operation(summary = "Every entry of the case's approvals, in the order recorded")
    List<ApprovalEntry> approvals(@PathVariable UUID id, Authentication authentication) {
        return approvals.history(actors.of(authentication), id);
    }

    @Idempotent
    @PostMapping(path = CASE + "/approvals", consumes = JSON, produces = JSON)
    @Operation(summary = "Ask for an approval")
    ResponseEntity<ApprovalEntry> request(
            @PathVariable UUID id, @RequestBody ApprovalRequest body, Authentication authentication) {
        ApprovalEntry entry = approvals.request(actors.of(authentication), id, body.subject(), body.comment());
        return ResponseEntity.created(URI.create(CasesApi.PATH + "/" + id + "/approvals/" + entry.id()))
                .body(entry);
    }

    @PostMapping(path = CASE + "/approvals/{requestId}/decision", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Approve or reject a request with a comment",
            description = "decision is APPROVED or REJECTED; for a supervisor of the owning organisation who did not"
                    + " ask. Recorded as a new entry; nothing is ever changed.")
    ResponseEntity<ApprovalEntry> decide(
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @RequestBody Decision body,
            Authentication authentication) {
        Boolean approve = outcome(body.decision(), "APPROVED", "REJECTED");
        ApprovalEntry entry = approvals.decide(actors.of(authentication), id, requestId, approve, body.comment());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }

    @GetMapping(path = CASE + "/transfers", produces = JSON)
    @Operation(summary = "The case's transfers, newest first")
    List<CaseTransfer> transfers(@PathVariable UUID id, Authentication authentication) {
        return transfers.ofCase(actors.of(authentication), id);
    }

    @Idempotent
    @PostMapping(path = CASE + "/transfers", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Ask another organisation to take the case",
            description = "service is CASE_MANAGEMENT or CHILD_PROTECTION; the receiving organisation must offer it."
                    + " The case stays with the caller's organisation until the transfer is accepted.")
    ResponseEntity<CaseTransfer> transfer(
            @PathVariable UUID id, @RequestBody TransferRequest body, Authentication authentication) {
        CaseTransfer transfer = transfers.request(
                actors.of(authentication), id, body.organisation(), service(body.service()), body.reason());
        return ResponseEntity.created(URI.create(CasesApi.PATH + "/" + id + "/transfers/" + transfer.id()))
                .body(transfer);
    }

    @PostMapping(path = CASE + "/transfers/{transferId}/decision", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Accept or decline a transfer",
            description = "decision is ACCEPTED or DECLINED (with a reason); for a supervisor of the receiving"
                    + " organisation, or its child-protection staff for a child's case.")
    CaseTransfer decideTransfer(
            @PathVariable UUID id,
            @PathVariable UUID transferId,
            @RequestBody Decision body,
            Authentication authentication) {
        Boolean accept = outcome(body.decision(), "ACCEPTED", "DECLINED");
        return transfers.decide(actors.of(authentication), id, transferId, accept, body.reason(), body.version());
    }

    @GetMapping(path = CasesApi.PATH + "/supervision", produces = JSON)
    @Operation(
            summary = "A supervisor's dashboard",
            description = "Overdue tasks and pending approvals of the organisation's cases, transfers in and out.")
    Supervision supervision(Authentication authentication) {
        CaseActor actor = actors.of(authentication);
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.CHILD_PROTECTION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "cases.not-allowed");
        }
        return new Supervision(
                tasks.overdueInOrganisation(actor),
                approvals.pending(actor),
                transfers.pendingIn(actor),
                transfers.pendingOut(actor));
    }

    /** True for {@code yes}, false for {@code no}, null for anything else (the facade refuses it after its checks). */
    static @Nullable Boolean outcome(@Nullable String value, String yes, String no) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return upper.equals(yes) ? Boolean.TRUE : upper.equals(no) ? Boolean.FALSE : null;
    }

    static @Nullable TransferService service(@Nullable String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (TransferService service : TransferService.values()) {
            if (service.name().equals(upper)) {
                return service;
            }
        }
        return null;
    }
}
