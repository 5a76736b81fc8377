package org.openpathways.pathways.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An area in a dated list, such as an area declared a disaster area from one date to another (both included; no end
 * while the declaration lasts).
 */
public record AreaPeriod(
        String area, LocalDate from, @Nullable LocalDate to) {

    public AreaPeriod {
        Invariants.require(isArea(area), "an area code is 1 to 20 capital letters, digits and dashes: " + area);
        Invariants.require(to == null || !to.isBefore(from), "an area period must not end before it starts");
    }

    /** Area codes such as ISO 3166-2 subdivision codes ({@code MZ-S}) or national codes. */
    public static boolean isArea(String area) {
        return area.length() <= 20 && area.matches("[A-Z0-9]+(-[A-Z0-9]+)*");
    }

    boolean covers(String code, LocalDate date) {
        return area.equals(code) && !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
