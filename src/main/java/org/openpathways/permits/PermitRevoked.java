package org.openpathways.permits;

import java.util.UUID;

/** A permit was revoked on a ground (its code). Carries ids only. */
public record PermitRevoked(String permitNumber, UUID holderAccountId, String ground) {}
