package org.openpathways.applications.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A time when the statutory clock stood still, such as while a request for information was open. The clock stops at
 * the end of the day the pause began and runs again from the day after it ended: the days after {@code from} up to and
 * including {@code until} do not count.
 *
 * @param until {@code null} while the pause lasts
 */
public record ClockPause(LocalDate from, @Nullable LocalDate until) {

    public ClockPause {
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end before it began");
        }
    }

    public boolean open() {
        return until == null;
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    boolean stops(LocalDate day) {
        return day.isAfter(from) && (until == null || !day.isAfter(until));
    }
}
