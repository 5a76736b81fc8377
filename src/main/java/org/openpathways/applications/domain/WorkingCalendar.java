package org.openpathways.applications.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days an authority works: every day but the weekend days and the public holidays of its calendar. Weekends
 * differ between countries (Friday and Saturday in many), so they are configuration too.
 */
public record WorkingCalendar(Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays) {

    public WorkingCalendar {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("A calendar needs at least one working day a week");
        }
        weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** Saturday and Sunday off, no holidays. */
    public static WorkingCalendar saturdayAndSunday() {
        return new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>());
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, otherwise the first working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate next = day;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
