package org.openpathways.permits;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An extension decree as an official writes it, before any check. Either a new end date or a duration (months, days
 * or both), never both.
 */
public record DecreeDraft(
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

    /** A field of the draft that is not acceptable, and the message that says why. */
    public record Problem(String field, String messageKey) {}
}
