package org.openpathways.applications;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How a pending application stands against its deadline, as staff see it. */
public enum Deadline {
    /** The clock is paused: no deadline until the applicant answers. */
    PAUSED,
    ON_TIME,
    NEARING,
    PAST;

    static Deadline of(@Nullable LocalDate dueOn, LocalDate today, int nearingDays) {
        if (dueOn == null) {
            return PAUSED;
        }
        if (dueOn.isBefore(today)) {
            return PAST;
        }
        return dueOn.isAfter(today.plusDays(nearingDays)) ? ON_TIME : NEARING;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
