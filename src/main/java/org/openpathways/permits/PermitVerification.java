package org.openpathways.permits;

import java.time.LocalDate;

/**
 * What anyone who holds a permit number may learn: whether it is valid, for how long, of which type, under which
 * conditions, and whose it is. Nothing else (no nationality, no date of birth, no account).
 *
 * @param pathwayCode the permit's type, whose name the page or API shows in the reader's language
 */
public record PermitVerification(
        PermitNumber number,
        PermitStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        String pathwayCode,
        PermitConditions conditions,
        String holderName) {

    @Override
    public String toString() {
        return "PermitVerification[" + number + ", " + status + "]";
    }
}
