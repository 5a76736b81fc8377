package org.openpathways.permits;

import java.util.UUID;

/** A permit was issued. Carries ids only. */
public record PermitIssued(
        String permitNumber, UUID holderAccountId, String pathwayCode, String applicationReference) {}
