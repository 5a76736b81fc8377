package org.openpathways.permits;

import java.time.LocalDate;
import java.util.UUID;

/** A permit's validity was extended by a renewal application. */
public record PermitRenewed(
        String permitNumber, UUID holderAccountId, LocalDate validUntil, String applicationReference) {}
