package org.openpathways.permits;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which permits an extension decree extends: valid (not revoked) permits of one of the types whose end falls in the
 * window (both days included), held by someone of one of the nationalities (all when the list is empty), and, when a
 * fact is required, about which that fact was recorded.
 *
 * @param permitTypes pathway codes
 * @param nationalities ISO 3166-1 alpha-3 codes
 */
public record DecreeSelection(
        List<String> permitTypes,
        LocalDate expiringFrom,
        LocalDate expiringTo,
        List<String> nationalities,
        @Nullable String requiredFact) {

    public DecreeSelection {
        permitTypes = List.copyOf(permitTypes);
        nationalities = List.copyOf(nationalities);
    }
}
