package org.openpathways.pathways;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders reasons and questions of the eligibility rules in the reader's language, from the pathways bundles: the
 * eligibility questionnaire uses it, and so does every module that shows a person or an official why rules were or
 * were not met.
 */
@Component
public class RuleTexts {

    public static final String QUESTION = "pathways.eligibility.question.";
    public static final String HINT = "pathways.eligibility.hint.";

    private final MessageSource messages;

    RuleTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument(argument, locale))
                .toArray();
        return messages.getMessage(reason.key(), arguments, locale);
    }

    /** The question that asks for a fact, in plain words; the fact's name when no question is written for it. */
    public String question(Fact fact, Locale locale) {
        return messages.getMessage(QUESTION + fact.name(), null, reason(fact.label(), locale), locale);
    }

    public String hint(Fact fact, Locale locale) {
        return messages.getMessage(HINT + fact.name(), null, "", locale);
    }

    public static final String NAME = "pathways.eligibility.name.";

    /**
     * A code in plain words: a country by its name in the reader's language, a document, sector or list by the name
     * the bundles give it, anything else as it is.
     */
    public String name(String code, Locale locale) {
        if (Codes.isCountry(code)) {
            return new Locale("", code).getDisplayCountry(locale);
        }
        return messages.getMessage(NAME + code, null, code, locale);
    }

    public String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }

    private Object argument(Object argument, Locale locale) {
        if (argument instanceof Reason nested) {
            return reason(nested, locale);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(date);
        }
        if (argument instanceof String code) {
            return name(code, locale);
        }
        if (argument instanceof Money money) {
            return money(money, locale);
        }
        return argument;
    }

    public String money(Money money, Locale locale) {
        return number(money.amount(), locale) + " " + money.currency();
    }

    private static String number(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
