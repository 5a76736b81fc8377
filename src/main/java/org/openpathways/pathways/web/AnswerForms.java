package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.PublishedRules;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactValue;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.SectorIn;

/**
 * The forms an answer of the eligibility questionnaire takes on the page: what a person types into the inputs of a
 * question (read strictly, with the error key to show when it cannot be used), what a question shows when an answer is
 * changed, and the hidden form that carries it from one page to the next (read back as strictly, since anyone can
 * alter it).
 */
final class AnswerForms {

    private AnswerForms() {}

    /** The hidden form of an answer: what {@link #decode} reads back. */
    static String encode(FactValue value) {
        if (value instanceof FactValue.DateValue date) {
            return date.value().toString();
        }
        if (value instanceof FactValue.NumberValue number) {
            return number.value().toPlainString();
        }
        if (value instanceof FactValue.MoneyValue money) {
            return money.value().amount().toPlainString() + " " + money.value().currency();
        }
        if (value instanceof FactValue.TextValue text) {
            return text.value();
        }
        if (value instanceof FactValue.BooleanValue flag) {
            return Boolean.toString(flag.value());
        }
        if (value instanceof FactValue.DateListValue dates) {
            return dates.values().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        }
        return ((FactValue.TextSetValue) value).values().stream().sorted().collect(Collectors.joining(","));
    }

    static @Nullable FactValue decode(Fact fact, String encoded, Choices choices) {
        if (encoded.length() > 2000) {
            return null;
        }
        try {
            FactValue value = switch (fact.type()) {
                case DATE -> new FactValue.DateValue(LocalDate.parse(encoded));
                case NUMBER -> new FactValue.NumberValue(new BigDecimal(encoded));
                case MONEY -> {
                    String[] parts = encoded.split(" ");
                    yield parts.length == 2 && Money.isCurrency(parts[1])
                            ? new FactValue.MoneyValue(new Money(new BigDecimal(parts[0]), parts[1]))
                            : null;
                }
                case TEXT -> new FactValue.TextValue(encoded);
                case BOOLEAN ->
                    "true".equals(encoded) || "false".equals(encoded)
                            ? new FactValue.BooleanValue(Boolean.parseBoolean(encoded))
                            : null;
                case DATE_LIST ->
                    new FactValue.DateListValue(
                            encoded.isEmpty()
                                    ? List.of()
                                    : Arrays.stream(encoded.split(","))
                                            .map(LocalDate::parse)
                                            .toList());
                case TEXT_SET -> new FactValue.TextSetValue(encoded.isEmpty() ? Set.of() : Set.of(encoded.split(",")));
            };
            if (value == null || EligibilityAnswers.problem(fact, value).isPresent()) {
                return null;
            }
            return value;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    // ---- The answer to the current question, from its inputs ----

    record Reading(@Nullable FactValue value, @Nullable String error) {
        static Reading error(String key) {
            return new Reading(null, key);
        }
    }

    /** What was typed for the question, by input name, kept to show it again when it cannot be used. */
    static Map<String, String> typed(Fact fact, HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String input :
                List.of("day", "month", "year", "number", "amount", "currency", "choice", "text", "dates")) {
            String value = request.getParameter(input);
            if (value != null && value.length() <= 1000) {
                typed.put(input, value.strip());
            }
        }
        String[] documents = request.getParameterValues("documents");
        if (documents != null && documents.length <= EligibilityAnswers.MAX_ITEMS) {
            typed.put("documents", String.join(",", documents));
        }
        return typed;
    }

    static Reading read(Fact fact, Map<String, String> typed, Choices choices) {
        FactValue value;
        String error = "pathways.eligibility.error." + kind(fact);
        try {
            value = switch (fact.type()) {
                case DATE ->
                    new FactValue.DateValue(LocalDate.of(
                            Integer.parseInt(typed.getOrDefault("year", "")),
                            Integer.parseInt(typed.getOrDefault("month", "")),
                            Integer.parseInt(typed.getOrDefault("day", ""))));
                case NUMBER -> new FactValue.NumberValue(number(typed.getOrDefault("number", "")));
                case MONEY ->
                    new FactValue.MoneyValue(
                            new Money(number(typed.getOrDefault("amount", "")), typed.getOrDefault("currency", "")));
                case BOOLEAN ->
                    switch (typed.getOrDefault("choice", "")) {
                        case "yes" -> new FactValue.BooleanValue(true);
                        case "no" -> new FactValue.BooleanValue(false);
                        default -> null;
                    };
                case TEXT -> {
                    String text = kind(fact).equals("occupation")
                            ? typed.getOrDefault("text", "")
                            : typed.getOrDefault("choice", "");
                    yield choices.allows(fact, text) ? new FactValue.TextValue(text) : null;
                }
                case DATE_LIST -> {
                    List<LocalDate> dates = new ArrayList<>();
                    for (String line : typed.getOrDefault("dates", "").split("\\R")) {
                        if (!line.isBlank()) {
                            String[] parts = line.strip().split("\\s*[/.\\- ]\\s*");
                            if (parts.length != 3) {
                                yield null;
                            }
                            dates.add(LocalDate.of(
                                    Integer.parseInt(parts[2]),
                                    Integer.parseInt(parts[1]),
                                    Integer.parseInt(parts[0])));
                        }
                    }
                    yield new FactValue.DateListValue(dates);
                }
                case TEXT_SET -> {
                    String documents = typed.getOrDefault("documents", "");
                    Set<String> chosen = documents.isEmpty() ? Set.of() : Set.of(documents.split(","));
                    yield choices.documents().containsAll(chosen) ? new FactValue.TextSetValue(chosen) : null;
                }
            };
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            value = null;
        }
        if (value == null || EligibilityAnswers.problem(fact, value).isPresent()) {
            return Reading.error(error);
        }
        return new Reading(value, null);
    }

    static BigDecimal number(String typed) {
        String plain = typed.replace(" ", "").replace("\u00a0", "").replace(",", ".");
        if (plain.isEmpty() || plain.length() > 20) {
            throw new NumberFormatException();
        }
        return new BigDecimal(plain);
    }

    /** What to show in the inputs when an answer is changed. */
    static Map<String, String> typedValues(Fact fact, @Nullable FactValue value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        if (value instanceof FactValue.DateValue date) {
            typed.put("day", Integer.toString(date.value().getDayOfMonth()));
            typed.put("month", Integer.toString(date.value().getMonthValue()));
            typed.put("year", Integer.toString(date.value().getYear()));
        } else if (value instanceof FactValue.NumberValue number) {
            typed.put("number", number.value().toPlainString());
        } else if (value instanceof FactValue.MoneyValue money) {
            typed.put("amount", money.value().amount().toPlainString());
            typed.put("currency", money.value().currency());
        } else if (value instanceof FactValue.BooleanValue flag) {
            typed.put("choice", flag.value() ? "yes" : "no");
        } else if (value instanceof FactValue.TextValue text) {
            typed.put(kind(fact).equals("occupation") ? "text" : "choice", text.value());
        } else if (value instanceof FactValue.DateListValue dates) {
            typed.put(
                    "dates",
                    dates.values().stream()
                            .map(date ->
                                    DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date))
                            .collect(Collectors.joining("\n")));
        } else if (value instanceof FactValue.TextSetValue documents) {
            typed.put("documents", String.join(",", documents.values()));
        }
        return typed;
    }

    /** How a fact is asked: the input the template shows. */
    static String kind(Fact fact) {
        if (fact.equals(Fact.NATIONALITY) || fact.equals(Fact.COUNTRY_OF_RESIDENCE)) {
            return "country";
        }
        if (fact.equals(Fact.AREA)) {
            return "area";
        }
        if (fact.equals(Fact.SECTOR)) {
            return "sector";
        }
        if (fact.equals(Fact.OCCUPATION)) {
            return "occupation";
        }
        return switch (fact.type()) {
            case DATE -> "date";
            case NUMBER -> "number";
            case MONEY -> "money";
            case BOOLEAN -> "yesno";
            case DATE_LIST -> "dates";
            case TEXT_SET -> "documents";
            case TEXT -> "text";
        };
    }

    /** The answers the questions offer, gathered from the published rules. */
    record Choices(Set<String> documents, Set<String> sectors, Set<String> areas) {

        static Choices of(List<PublishedRules> pathways) {
            Set<String> documents = new LinkedHashSet<>();
            Set<String> sectors = new LinkedHashSet<>();
            Set<String> areas = new TreeSet<>();
            for (PublishedRules pathway : pathways) {
                pathway.rules().criteria().walk().forEach(criterion -> {
                    if (criterion instanceof DocumentProvided document) {
                        documents.add(document.document());
                    } else if (criterion instanceof SectorIn sector) {
                        sectors.addAll(sector.sectors());
                    }
                });
                pathway.rules()
                        .areaLists()
                        .values()
                        .forEach(periods ->
                                periods.stream().map(AreaPeriod::area).forEach(areas::add));
            }
            return new Choices(documents, sectors, areas);
        }

        boolean allows(Fact fact, String text) {
            return switch (kind(fact)) {
                case "country" -> Codes.isCountry(text);
                case "area" -> areas.contains(text) || EligibilityPages.NO_AREA.equals(text);
                case "sector" -> sectors.contains(text) || EligibilityPages.OTHER_SECTOR.equals(text);
                default -> !text.isEmpty();
            };
        }
    }
}
