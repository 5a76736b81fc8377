package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A protection case as the staff who may see it read it.
 *
 * @param reference the number people quote, {@code C-XXXX-XXXX-C}
 * @param organisationId the organisation that owns the case
 * @param assignedTo the officer in charge, if any
 * @param applicationReference the application the person made, when first met through one
 * @param child whether the person is a child by claimed or assessed age (decided by the screening module)
 */
public record CaseFile(
        UUID id,
        String reference,
        UUID organisationId,
        @Nullable UUID assignedTo,
        Identity identity,
        FirstContact firstContact,
        @Nullable String applicationReference,
        boolean child,
        Instant openedAt,
        long version) {}
