package org.openpathways.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.DayCount;

class StatutoryClockTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.saturdayAndSunday();

    @Test
    void calendarDaysCountFromTheDayAfterTheStartAndEndOnAWorkingDay() {
        assertThat(clock(10, DayCount.CALENDAR, WEEKDAYS, List.of(), 0).dueDate())
                .contains(LocalDate.of(2026, 12, 10));
        // 5 days from Monday is Saturday: the limit moves to the next working day.
        assertThat(clock(5, DayCount.CALENDAR, WEEKDAYS, List.of(), 0).dueDate())
                .contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    void workingDaysSkipWeekendsAndPublicHolidays() {
        var holidays = new TreeSet<>(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        var calendar = new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
        assertThat(clock(5, DayCount.WORKING, WEEKDAYS, List.of(), 0).dueDate()).contains(LocalDate.of(2026, 12, 7));
        // From Monday 30 November, 20 working days with Christmas off end on Tuesday 29 December.
        assertThat(clock(20, DayCount.WORKING, calendar, List.of(), 0).dueDate())
                .contains(LocalDate.of(2026, 12, 29));
    }

    @Test
    void aFridayAndSaturdayWeekendIsHonoured() {
        var calendar = new WorkingCalendar(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), new TreeSet<>());
        // Monday + 5 working days (Tue, Wed, Thu, Sun, Mon) = Monday 7 December.
        assertThat(clock(5, DayCount.WORKING, calendar, List.of(), 0).dueDate()).contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    void anOpenRequestForInformationStopsTheClockAndItsAnswerMovesTheDeadlineByTheDaysItTook() {
        var open = new ClockPause(MONDAY.plusDays(2), null);
        assertThat(clock(30, DayCount.CALENDAR, WEEKDAYS, List.of(open), 0).dueDate())
                .isEmpty();
        var answered = new ClockPause(MONDAY.plusDays(2), MONDAY.plusDays(9));
        assertThat(clock(30, DayCount.CALENDAR, WEEKDAYS, List.of(answered), 0).dueDate())
                .contains(MONDAY.plusDays(37));
    }

    @Test
    void anExtensionAddsItsDaysCountedTheSameWay() {
        assertThat(clock(10, DayCount.WORKING, WEEKDAYS, List.of(), 5).dueDate())
                .isEqualTo(clock(15, DayCount.WORKING, WEEKDAYS, List.of(), 0).dueDate());
    }

    @Property
    void theDeadlineIsNeverBeforeTheStatutoryDaysAndAlwaysAWorkingDay(
            @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll @IntRange(min = 0, max = 60) int pauseStart,
            @ForAll @IntRange(min = 0, max = 30) int pauseLength,
            @ForAll boolean working) {
        DayCount count = working ? DayCount.WORKING : DayCount.CALENDAR;
        var pause = new ClockPause(MONDAY.plusDays(pauseStart), MONDAY.plusDays(pauseStart + pauseLength));
        LocalDate plain = clock(days, count, WEEKDAYS, List.of(), 0).dueDate().orElseThrow();
        LocalDate paused =
                clock(days, count, WEEKDAYS, List.of(pause), 0).dueDate().orElseThrow();
        assertThat(plain).isAfterOrEqualTo(MONDAY.plusDays(days));
        assertThat(WEEKDAYS.isWorkingDay(plain)).isTrue();
        assertThat(paused).isAfterOrEqualTo(plain);
        int used = clock(days, count, WEEKDAYS, List.of(pause), 0).daysUsed(paused);
        if (working) {
            assertThat(used).isEqualTo(days);
        } else {
            // A calendar-day limit that falls on a day off moves to the next working day: a few more days count.
            assertThat(used).isBetween(days, days + 3);
        }
    }

    private static StatutoryClock clock(
            int days, DayCount count, WorkingCalendar calendar, List<ClockPause> pauses, int extension) {
        return new StatutoryClock(MONDAY, days, count, calendar, pauses, extension);
    }
}
