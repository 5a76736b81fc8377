package org.openpathways.pathways.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactValue;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.OccupationIn;
import tools.jackson.databind.JsonNode;

/**
 * Turns answers as they arrive (JSON values from the API, typed fields from the page) into facts, refusing anything
 * that is not a plausible answer to the question: an unknown fact, a value of the wrong kind, a country that is not an
 * ISO code, a number out of range. Text answers are codes (countries, areas, sectors, documents), never free text, so
 * nothing hostile can pass through into a rendered reason.
 */
final class EligibilityAnswers {

    static final int MAX_ANSWERS = 40;
    static final int MAX_ITEMS = 30;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private static final Pattern FACT_NAME = Pattern.compile("[A-Za-z0-9.\\[\\]-]{1,60}");
    private static final String PREFIX = "pathways.eligibility.answer.";

    /** One answer that cannot be used: the field (e.g. {@code answers.person.birthDate}), a message key, arguments. */
    record Refusal(String field, String messageKey, List<Object> arguments) {
        static Refusal of(String field, String problem, Object... arguments) {
            return new Refusal(field, PREFIX + problem, List.of(arguments));
        }
    }

    /** Facts read from the answers, or the refusals when any answer cannot be used. */
    record Reading(Facts facts, List<Refusal> refusals) {}

    private EligibilityAnswers() {}

    static Reading fromJson(@Nullable Map<String, JsonNode> answers) {
        List<Refusal> refusals = new ArrayList<>();
        Map<String, FactValue> values = new LinkedHashMap<>();
        if (answers == null) {
            return new Reading(Facts.none(), refusals);
        }
        if (answers.size() > MAX_ANSWERS) {
            refusals.add(Refusal.of("answers", "tooMany", MAX_ANSWERS));
            return new Reading(Facts.none(), refusals);
        }
        answers.forEach((name, node) -> {
            Optional<Fact> fact = Fact.named(name);
            if (fact.isEmpty()) {
                refusals.add(Refusal.of(FACT_NAME.matcher(name).matches() ? "answers." + name : "answers", "unknown"));
                return;
            }
            String field = "answers." + name;
            FactValue value = node == null || node.isNull() ? null : value(fact.get(), node);
            if (value == null) {
                refusals.add(
                        Refusal.of(field, "type." + fact.get().type().name().toLowerCase(java.util.Locale.ROOT)));
                return;
            }
            problem(fact.get(), value)
                    .ifPresentOrElse(
                            problem -> refusals.add(Refusal.of(field, problem)), () -> values.put(name, value));
        });
        return new Reading(refusals.isEmpty() ? new Facts(values) : Facts.none(), refusals);
    }

    /** The value of a JSON answer when it has the fact's kind; {@code null} otherwise. */
    private static @Nullable FactValue value(Fact fact, JsonNode node) {
        switch (fact.type()) {
            case DATE:
                LocalDate date = date(node);
                return date == null ? null : new FactValue.DateValue(date);
            case NUMBER:
                return node.isNumber() ? new FactValue.NumberValue(node.decimalValue()) : null;
            case MONEY:
                if (!node.isObject() || node.size() != 2) {
                    return null;
                }
                JsonNode amount = node.get("amount");
                JsonNode currency = node.get("currency");
                if (amount == null || currency == null || !amount.isNumber() || !currency.isString()) {
                    return null;
                }
                if (!Money.isCurrency(currency.asString())
                        || amount.decimalValue().signum() < 0) {
                    return null;
                }
                return new FactValue.MoneyValue(new Money(amount.decimalValue(), currency.asString()));
            case TEXT:
                return node.isString() ? new FactValue.TextValue(node.asString()) : null;
            case BOOLEAN:
                return node.isBoolean() ? new FactValue.BooleanValue(node.booleanValue()) : null;
            case DATE_LIST:
                if (!node.isArray() || node.size() > MAX_ITEMS) {
                    return null;
                }
                List<LocalDate> dates = new ArrayList<>();
                for (JsonNode item : node) {
                    LocalDate each = date(item);
                    if (each == null) {
                        return null;
                    }
                    dates.add(each);
                }
                return new FactValue.DateListValue(dates);
            case TEXT_SET:
                if (!node.isArray() || node.size() > MAX_ITEMS) {
                    return null;
                }
                Set<String> texts = new HashSet<>();
                for (JsonNode item : node) {
                    if (!item.isString()) {
                        return null;
                    }
                    texts.add(item.asString());
                }
                return new FactValue.TextSetValue(texts);
            default:
                return null;
        }
    }

    private static @Nullable LocalDate date(JsonNode node) {
        if (!node.isString() || node.asString().length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    /** Why a value of the right kind is still not a possible answer (a message key suffix), if it is not. */
    static Optional<String> problem(Fact fact, FactValue value) {
        boolean valid;
        if (value instanceof FactValue.DateValue date) {
            valid = inRange(date.value());
        } else if (value instanceof FactValue.DateListValue dates) {
            valid = dates.values().size() <= MAX_ITEMS
                    && dates.values().stream().allMatch(EligibilityAnswers::inRange);
        } else if (value instanceof FactValue.NumberValue number) {
            valid = number.value().signum() >= 0
                    && number.value().compareTo(MAX_NUMBER) <= 0
                    && number.value().scale() <= 2;
        } else if (value instanceof FactValue.MoneyValue money) {
            valid = money.value().amount().signum() >= 0
                    && money.value().amount().compareTo(MAX_AMOUNT) <= 0
                    && money.value().amount().scale() <= 2;
        } else if (value instanceof FactValue.TextValue text) {
            valid = validText(fact, text.value());
        } else if (value instanceof FactValue.TextSetValue texts) {
            valid = texts.values().size() <= MAX_ITEMS
                    && texts.values().stream().allMatch(code -> code.length() <= 60 && Codes.isCode(code));
        } else {
            valid = true;
        }
        return valid
                ? Optional.empty()
                : Optional.of("invalid." + fact.type().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private static boolean validText(Fact fact, String text) {
        if (text.length() > 60) {
            return false;
        }
        if (fact.equals(Fact.NATIONALITY) || fact.equals(Fact.COUNTRY_OF_RESIDENCE)) {
            return Codes.isCountry(text);
        }
        if (fact.equals(Fact.AREA)) {
            return AreaPeriod.isArea(text);
        }
        if (fact.equals(Fact.OCCUPATION)) {
            return OccupationIn.isPrefix(text);
        }
        return Codes.isCode(text);
    }
}
