package org.openpathways.pathways;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the days of a statutory time limit are counted. */
public enum DayCount {
    /** Every day counts, weekends and public holidays included. */
    CALENDAR,
    /** Only working days count. */
    WORKING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DayCount> ofCode(String code) {
        return Arrays.stream(values())
                .filter(count -> count.code().equals(code))
                .findFirst();
    }
}
