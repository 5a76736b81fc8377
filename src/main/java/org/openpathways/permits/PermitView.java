package org.openpathways.permits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A permit as its holder and staff see it.
 *
 * @param status where it stands today
 * @param renewalOpensOn from when a renewal may be applied for; {@code null} when it is not renewable or revoked
 * @param revocation why and when it was revoked; {@code null} unless revoked
 * @param version for conditional changes ({@code If-Match})
 */
public record PermitView(
        PermitNumber number,
        UUID holderAccountId,
        String holderName,
        String holderNationality,
        String pathwayCode,
        int pathwayVersion,
        LocalDate validFrom,
        LocalDate validUntil,
        PermitConditions conditions,
        boolean renewable,
        @Nullable LocalDate renewalOpensOn,
        PermitStatus status,
        Instant issuedAt,
        @Nullable RevocationRecord revocation,
        int version) {

    /** A revocation as recorded: the ground's code, the optional explanation and when. */
    public record RevocationRecord(String ground, @Nullable String explanation, Instant revokedAt) {}

    @Override
    public String toString() {
        return "PermitView[" + number + ", " + status + "]";
    }
}
