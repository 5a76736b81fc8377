package org.openpathways.agreements;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quota and how much of it is used, as it stands when read.
 *
 * @param pathwayCodes the pathways whose approvals draw on it
 * @param sector the sector it is reserved for, if any
 * @param nationalities ISO 3166-1 alpha-2 codes of the nationals it is open to; empty means those of every partner
 */
public record QuotaUse(
        String code,
        String agreementCode,
        List<String> pathwayCodes,
        @Nullable String sector,
        List<String> nationalities,
        LocalDate periodStart,
        LocalDate periodEnd,
        int capacity,
        int used) {

    public QuotaUse {
        pathwayCodes = List.copyOf(pathwayCodes);
        nationalities = List.copyOf(nationalities);
    }

    public int remaining() {
        return Math.max(0, capacity - used);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    /** Share of the places taken, 0 to 100, for a progress bar. */
    public int percentUsed() {
        return capacity == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * used / capacity));
    }
}
