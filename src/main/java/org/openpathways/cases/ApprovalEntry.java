package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's approvals, never changed once recorded: a request (what is to be approved, by whom) or the
 * decision on it by a supervisor who did not ask.
 *
 * @param requestId the request this entry belongs to (its own id for a request)
 * @param subject what is to be approved; only on requests
 */
public record ApprovalEntry(
        UUID id,
        UUID caseId,
        String caseReference,
        UUID requestId,
        Kind kind,
        @Nullable String subject,
        @Nullable String comment,
        UUID actor,
        Instant recordedAt) {

    public enum Kind {
        REQUESTED,
        APPROVED,
        REJECTED
    }
}
