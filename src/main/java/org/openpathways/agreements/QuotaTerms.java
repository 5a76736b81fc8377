package org.openpathways.agreements;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quota as an administrator sets it: who it is for, for which period, and how many places. */
public record QuotaTerms(
        String code,
        List<String> pathwayCodes,
        @Nullable String sector,
        List<String> nationalities,
        LocalDate periodStart,
        LocalDate periodEnd,
        int capacity) {

    public QuotaTerms {
        pathwayCodes = List.copyOf(pathwayCodes);
        nationalities = List.copyOf(nationalities);
    }
}
