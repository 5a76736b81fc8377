package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to hand a case to another organisation, which takes effect only when a supervisor (or child-protection
 * staff, for a child's case) of that organisation accepts it. Until then the sending organisation keeps the case.
 */
public record CaseTransfer(
        UUID id,
        UUID caseId,
        String caseReference,
        UUID fromOrganisation,
        UUID toOrganisation,
        TransferService service,
        String reason,
        UUID requestedBy,
        Instant requestedAt,
        Status status,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String declineReason,
        long version) {

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }
}
