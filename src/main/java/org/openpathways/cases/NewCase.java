package org.openpathways.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as the officer typed it at first contact: every value may be missing or wrong, {@link Cases#open} checks
 * them all.
 */
public record NewCase(
        @Nullable String fullName,
        @Nullable LocalDate claimedBirthDate,
        @Nullable String sex,
        @Nullable String nationality,
        @Nullable List<String> languages,
        @Nullable String phone,
        @Nullable ContactPoint contactPoint,
        @Nullable String place,
        @Nullable LocalDate contactDate,
        @Nullable String applicationReference) {}
