package org.openpathways.applications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openpathways.applications.domain.WorkingCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the applications module.
 *
 * @param childMaxAge a child may apply with a parent while younger than this on the application date
 * @param maxDrafts how many unsubmitted applications one person may keep at a time
 * @param nearingDays a pending application is shown to staff as nearing its deadline this many days before it
 * @param calendars the working-day calendars by name: weekend days and public holidays
 * @param pathwayCalendars which calendar each pathway's clock uses, by pathway code; others use {@code default}
 * @param refusalGrounds the closed list of grounds, besides failed criteria, on which an application may be refused;
 *     each is named by the message {@code applications.ground.<code>}
 * @param appealDays how many days after a refusal an appeal is on time
 * @param pathwayAppealDays the appeal window of pathways that differ from {@code appealDays}, by pathway code
 * @param minimumForStatistics processing times of a pathway are published once it has this many decisions
 */
@ConfigurationProperties("openpathways.applications")
public record ApplicationsProperties(
        @DefaultValue("18") int childMaxAge,
        @DefaultValue("10") int maxDrafts,
        @DefaultValue("10") int nearingDays,
        @DefaultValue Map<String, CalendarSettings> calendars,
        @DefaultValue Map<String, String> pathwayCalendars,

        @DefaultValue({"false-documents", "insufficient-evidence", "public-security", "previous-breach", "fraud"})
        List<String> refusalGrounds,

        @DefaultValue("30") int appealDays,
        @DefaultValue Map<String, Integer> pathwayAppealDays,
        @DefaultValue("5") int minimumForStatistics) {

    public static final String DEFAULT_CALENDAR = "default";

    /** The name of the calendar a pathway's clock uses. */
    public String calendarOf(String pathwayCode) {
        return pathwayCalendars.getOrDefault(pathwayCode, DEFAULT_CALENDAR);
    }

    public int appealDaysOf(String pathwayCode) {
        return pathwayAppealDays.getOrDefault(pathwayCode, appealDays);
    }

    /** The calendar with this name; Saturday and Sunday off, without holidays, when none is configured. */
    public WorkingCalendar calendar(String name) {
        CalendarSettings settings = calendars.get(name);
        return settings == null
                ? WorkingCalendar.saturdayAndSunday()
                : new WorkingCalendar(settings.weekend(), new TreeSet<>(settings.holidays()));
    }

    /**
     * @param weekend the days nobody works
     * @param holidays the public holidays
     */
    public record CalendarSettings(
            @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend,
            @DefaultValue List<LocalDate> holidays) {}
}
