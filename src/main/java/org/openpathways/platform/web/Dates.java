package org.openpathways.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them: in the page's language and the country's time zone. Templates use it as
 * {@code ${@dates.dateTime(instant)}}.
 */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    Dates(@Value("${openpathways.time-zone:UTC}") ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    public ZoneId zone() {
        return zone;
    }
}
