package org.openpathways.permits.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitNumber;

/** One row of {@code permits_permit}, decrypted. */
public record StoredPermit(
        UUID id,
        PermitNumber number,
        String applicationReference,
        UUID holderId,
        String holderName,
        String holderNationality,
        String pathwayCode,
        int pathwayVersion,
        LocalDate validFrom,
        LocalDate validUntil,
        PermitConditions conditions,
        boolean renewable,
        Instant issuedAt,
        @Nullable Instant revokedAt,
        @Nullable String revocationGround,
        @Nullable String revocationExplanation,
        int version) {

    public boolean revoked() {
        return revokedAt != null;
    }

    @Override
    public String toString() {
        return "StoredPermit[" + number + "]";
    }
}
