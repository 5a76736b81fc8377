package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who owned a case and who was in charge of it after a step, kept for ever (the table refuses changes).
 *
 * @param takenBy who took the step; empty for steps taken by the system
 * @param reason why, when the person taking the step said it
 */
public record OwnershipStep(
        UUID id,
        UUID caseId,
        Kind kind,
        UUID organisationId,
        @Nullable UUID assignedTo,
        @Nullable UUID takenBy,
        @Nullable String reason,
        Instant takenAt) {

    public enum Kind {
        OPENED,
        ASSIGNED,
        TRANSFER_REQUESTED,
        TRANSFERRED,
        TRANSFER_DECLINED
    }
}
