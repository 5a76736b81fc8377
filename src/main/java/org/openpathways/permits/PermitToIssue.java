package org.openpathways.permits;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an approved application asks the permits module to issue.
 *
 * @param applicationReference the approved application; a permit is issued once per application
 * @param holderAccountId the applicant's account
 * @param holderName the holder's full name as printed on the permit
 * @param holderNationality ISO 3166-1 alpha-3 (or alpha-2) code of the holder's nationality
 * @param pathwayCode the pathway, which is the permit's type
 * @param pathwayVersion the version of the pathway the application was decided under
 * @param validFrom the first day of validity
 * @param validUntil the last day of validity; {@code null} to take the pathway's validity in months from
 *     {@code validFrom}
 * @param conditions what the permit allows
 */
public record PermitToIssue(
        String applicationReference,
        UUID holderAccountId,
        String holderName,
        String holderNationality,
        String pathwayCode,
        int pathwayVersion,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        PermitConditions conditions) {

    @Override
    public String toString() {
        return "PermitToIssue[application=" + applicationReference + ", pathway=" + pathwayCode + "]";
    }
}
