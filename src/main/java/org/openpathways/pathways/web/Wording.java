package org.openpathways.pathways.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.LocalizedFee;
import org.springframework.context.MessageSource;

/**
 * Numbers, amounts, durations and dates written the way readers of the page's language expect them. Arabic pages use
 * the digits 0–9, as the catalogue's own texts do, so that one page never mixes two sets of digits.
 */
public final class Wording {

    private final MessageSource messages;
    private final Locale locale;

    Wording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = "ar".equals(locale.getLanguage())
                ? new Locale.Builder()
                        .setLocale(locale)
                        .setUnicodeLocaleKeyword("nu", "latn")
                        .build()
                : locale;
    }

    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** "90 calendar days", "5 working days". */
    public String days(DecisionTime time) {
        return days(time, time.days());
    }

    /** The extension allowed, counted like the decision time itself. */
    public String extension(DecisionTime time) {
        return days(time, time.extensionDays());
    }

    /** "9 months", "2 years": whole years are given in years. */
    public String duration(int months) {
        return months % 12 == 0 ? message("pathways.years", months / 12) : message("pathways.months", months);
    }

    public String money(LocalizedFee fee) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(fee.currency()));
        return format.format(fee.amount());
    }

    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
    }

    /** A message whose arguments are counts, which choose the plural form. */
    public String message(String key, long count) {
        return messages.getMessage(key, new Object[] {count}, locale);
    }

    private String days(DecisionTime time, int days) {
        return message("pathways.days." + time.count().code(), days);
    }
}
