package org.openpathways.applications.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.openpathways.pathways.DayCount;

/**
 * The time an authority has to decide a complete application, as the law counts it.
 *
 * <p>The clock starts on the day the application is complete; that day does not count, the next one is day 1. In
 * calendar days every day counts, and a time limit that ends on a weekend day or a public holiday ends on the next
 * working day instead; in working days only working days count. Days on which the clock is paused (while the authority
 * waits for information it asked for) do not count, and an extension, where the pathway allows one, adds days counted
 * the same way.
 *
 * @param start the day the application was complete
 * @param days the statutory time
 * @param count how days are counted
 * @param calendar the working days and public holidays of the authority
 * @param pauses the times the clock stood still, in any order
 * @param extensionDays days added by an extension, 0 without one
 */
public record StatutoryClock(
        LocalDate start,
        int days,
        DayCount count,
        WorkingCalendar calendar,
        List<ClockPause> pauses,
        int extensionDays) {

    /** No clock runs longer than this many years: a guard against a calendar that hardly ever works. */
    private static final int MAX_YEARS = 50;

    public StatutoryClock {
        if (days < 1 || extensionDays < 0) {
            throw new IllegalArgumentException("A clock needs at least one day and no negative extension");
        }
        pauses = List.copyOf(pauses);
    }

    /** The last day on which the decision is on time; empty while the clock is paused (it is not known yet). */
    public Optional<LocalDate> dueDate() {
        if (paused()) {
            return Optional.empty();
        }
        int remaining = days + extensionDays;
        LocalDate day = start;
        LocalDate limit = start.plusYears(MAX_YEARS);
        while (remaining > 0) {
            day = day.plusDays(1);
            if (day.isAfter(limit)) {
                throw new IllegalStateException("The clock does not end within " + MAX_YEARS + " years");
            }
            if (counts(day)) {
                remaining--;
            }
        }
        return Optional.of(count == DayCount.CALENDAR ? calendar.onOrAfter(day) : day);
    }

    public boolean paused() {
        return pauses.stream().anyMatch(ClockPause::open);
    }

    /** How many counted days have passed on the given day (paused days excluded); 0 before the start. */
    public int daysUsed(LocalDate today) {
        int used = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (counts(day)) {
                used++;
            }
        }
        return used;
    }

    /** Calendar days from today until the due date (negative once it has passed); empty while paused. */
    public Optional<Long> daysLeft(LocalDate today) {
        return dueDate().map(due -> ChronoUnit.DAYS.between(today, due));
    }

    /** The same clock with another pause. */
    public StatutoryClock withPause(ClockPause pause) {
        return new StatutoryClock(
                start,
                days,
                count,
                calendar,
                java.util.stream.Stream.concat(pauses.stream(), java.util.stream.Stream.of(pause))
                        .toList(),
                extensionDays);
    }

    private boolean counts(LocalDate day) {
        if (count == DayCount.WORKING && !calendar.isWorkingDay(day)) {
            return false;
        }
        return pauses.stream().noneMatch(pause -> pause.stops(day));
    }
}
