package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case in a list: what tells cases apart without showing who the person is. */
public record CaseSummary(
        UUID id,
        String reference,
        UUID organisationId,
        @Nullable UUID assignedTo,
        FirstContact firstContact,
        boolean child,
        Instant openedAt) {}
