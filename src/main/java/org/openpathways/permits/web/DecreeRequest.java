package org.openpathways.permits.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.DecreeDraft;

/**
 * A decree as the API receives it: the selection, and either {@code newValidUntil} or a duration
 * ({@code extensionMonths}, {@code extensionDays}). Checked by the facade's rules, field by field.
 */
record DecreeRequest(
        @Nullable String title,
        @Nullable String legalBasis,
        @Nullable List<String> permitTypes,
        @Nullable LocalDate expiringFrom,
        @Nullable LocalDate expiringTo,
        @Nullable List<String> nationalities,
        @Nullable String requiredFact,
        @Nullable LocalDate newValidUntil,
        @Nullable Integer extensionMonths,
        @Nullable Integer extensionDays) {

    DecreeDraft draft() {
        return new DecreeDraft(
                title,
                legalBasis,
                permitTypes,
                expiringFrom,
                expiringTo,
                nationalities,
                requiredFact,
                newValidUntil,
                extensionMonths,
                extensionDays);
    }
}
