package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.EligibilityChecks;
import org.openpathways.pathways.PathwayEligibility;
import org.openpathways.pathways.PublishedRules;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactValue;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Outcome;
import org.openpathways.pathways.rules.SectorIn;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The anonymous eligibility questionnaire: one question at a time, in plain words, then which pathways fit and why the
 * others do not. It is stateless: anonymous visitors have no server session, so the answers given so far travel in
 * hidden fields of each form ({@code a.<fact>}), and the questions skipped in {@code skipped}. Nothing is stored or
 * logged (no personal data kept, so no audit entry either). The CSRF token is the usual cookie token.
 */
@Controller
class EligibilityPages {

    static final String PATH = "/eligibility";
    static final String ANSWER = "a.";
    /** The area answer for "none of the listed areas": the user-assigned code ZZ, which no list can contain. */
    static final String NO_AREA = "ZZ";

    static final String OTHER_SECTOR = "other";
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "XOF", "MAD", "PHP", "UAH");

    private final EligibilityChecks checks;
    private final EligibilityTexts texts;

    EligibilityPages(EligibilityChecks checks, EligibilityTexts texts) {
        this.checks = checks;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String start() {
        return "pathways/eligibility-start";
    }

    @PostMapping(PATH)
    String answer(HttpServletRequest request, Locale locale, Model model, HttpServletResponse response) {
        Language language = Language.of(locale);
        List<PublishedRules> pathways = checks.pathways(language);
        Choices choices = Choices.of(pathways);
        Map<String, FactValue> answers = previousAnswers(request, choices);
        Set<String> skipped = skipped(request);
        String changing = request.getParameter("change");
        String skipping = request.getParameter("skip");
        Optional<Fact> current =
                Optional.ofNullable(request.getParameter("fact")).flatMap(Fact::named);

        Fact asked = null;
        Map<String, String> typed = Map.of();
        String error = null;
        if (changing != null && Fact.named(changing).isPresent()) {
            asked = Fact.named(changing).get();
            typed = typedValues(asked, answers.remove(asked.name()));
            skipped.remove(asked.name());
        } else if (skipping != null && Fact.named(skipping).isPresent()) {
            skipped.add(skipping);
            answers.remove(skipping);
        } else if (current.isPresent() && current.get() != Fact.APPLICATION_DATE) {
            Fact fact = current.get();
            typed = typed(fact, request);
            Reading reading = read(fact, typed, choices);
            if (reading.value() != null) {
                answers.put(fact.name(), reading.value());
                skipped.remove(fact.name());
                typed = Map.of();
            } else {
                asked = fact;
                error = reading.error();
                answers.remove(fact.name());
            }
        }

        List<PathwayEligibility> results = checks.check(new Facts(answers), Set.of(), language);
        if (asked == null) {
            asked = results.stream()
                    .filter(result -> result.outcome() == Outcome.UNKNOWN)
                    .map(result -> next(result, answers, skipped))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(null);
        }
        model.addAttribute("answers", answerRows(answers, locale, choices));
        model.addAttribute("skipped", skipped);
        if (asked != null) {
            if (error != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            model.addAttribute("question", question(asked, typed, error, choices, locale));
            return "pathways/eligibility-question";
        }
        model.addAttribute("fit", outcomes(results, Outcome.MET, locale));
        model.addAttribute("mightFit", outcomes(results, Outcome.UNKNOWN, locale));
        model.addAttribute("notFit", outcomes(results, Outcome.NOT_MET, locale));
        return "pathways/eligibility-results";
    }

    /** The pathway's next question, unless the person chose not to answer it (the pathway then stays undecided). */
    private static Optional<Fact> next(PathwayEligibility result, Map<String, FactValue> answers, Set<String> skipped) {
        return result.nextQuestion()
                .filter(fact -> fact != Fact.APPLICATION_DATE)
                .filter(fact -> !skipped.contains(fact.name()) && !answers.containsKey(fact.name()));
    }

    // ---- Answers carried in hidden fields ----

    private static Map<String, FactValue> previousAnswers(HttpServletRequest request, Choices choices) {
        Map<String, FactValue> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith(ANSWER) || values.length != 1 || answers.size() >= EligibilityAnswers.MAX_ANSWERS) {
                return;
            }
            Fact.named(name.substring(ANSWER.length()))
                    .filter(fact -> fact != Fact.APPLICATION_DATE)
                    .ifPresent(fact -> {
                        // A hidden answer that cannot be read (altered by hand) is dropped and asked again.
                        FactValue value = decode(fact, values[0], choices);
                        if (value != null) {
                            answers.put(fact.name(), value);
                        }
                    });
        });
        return answers;
    }

    private static Set<String> skipped(HttpServletRequest request) {
        String value = request.getParameter("skipped");
        Set<String> skipped = new TreeSet<>();
        if (value != null && value.length() <= 2000) {
            Arrays.stream(value.split(","))
                    .filter(name -> Fact.named(name).isPresent())
                    .forEach(skipped::add);
        }
        return skipped;
    }

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
    private static Map<String, String> typed(Fact fact, HttpServletRequest request) {
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

    private static Reading read(Fact fact, Map<String, String> typed, Choices choices) {
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

    private static BigDecimal number(String typed) {
        String plain = typed.replace(" ", "").replace("\u00a0", "").replace(",", ".");
        if (plain.isEmpty() || plain.length() > 20) {
            throw new NumberFormatException();
        }
        return new BigDecimal(plain);
    }

    /** What to show in the inputs when an answer is changed. */
    private static Map<String, String> typedValues(Fact fact, @Nullable FactValue value) {
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

    // ---- What the templates show ----

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

    record Option(String value, String label) {}

    record Question(
            String fact,
            String kind,
            String text,
            String hint,
            List<Option> options,
            Map<String, String> typed,
            @Nullable String error,
            String errorTarget) {

        public String typed(String input) {
            return typed.getOrDefault(input, "");
        }

        /** The ids of the hint and error that describe the answer, or null when there are none. */
        public @Nullable String describedBy() {
            String ids = ((hint.isEmpty() ? "" : "answer-hint ") + (error == null ? "" : "answer-error")).strip();
            return ids.isEmpty() ? null : ids;
        }

        public boolean chosen(String value) {
            return typed.getOrDefault("choice", "").equals(value)
                    || List.of(typed.getOrDefault("documents", "").split(",")).contains(value);
        }
    }

    record AnswerRow(String fact, String question, String shown, String hidden) {}

    record PathwayOutcome(String code, String title, List<String> reasons) {}

    private Question question(
            Fact fact, Map<String, String> typed, @Nullable String error, Choices choices, Locale locale) {
        String kind = kind(fact);
        List<Option> options = switch (kind) {
            case "country" -> countries(locale);
            case "area" -> {
                List<Option> areas = new ArrayList<>(choices.areas().stream()
                        .map(area -> new Option(area, areaName(area, locale)))
                        .toList());
                areas.add(new Option(NO_AREA, texts.message("pathways.eligibility.area.none", null, locale)));
                yield areas;
            }
            case "sector" -> {
                List<Option> sectors = new ArrayList<>(choices.sectors().stream()
                        .map(sector -> new Option(sector, texts.name(sector, locale)))
                        .toList());
                sectors.add(new Option(OTHER_SECTOR, texts.name(OTHER_SECTOR, locale)));
                yield sectors;
            }
            case "documents" ->
                choices.documents().stream()
                        .map(document -> new Option(document, texts.name(document, locale)))
                        .toList();
            case "money" ->
                CURRENCIES.stream()
                        .map(code -> new Option(
                                code, code + " – " + Currency.getInstance(code).getDisplayName(locale)))
                        .toList();
            default -> List.of();
        };
        String target = switch (kind) {
            case "date" -> "answer-day";
            case "yesno" -> "answer-yes";
            case "documents" ->
                options.isEmpty() ? "answer" : "answer-" + options.get(0).value();
            case "money" -> "answer-amount";
            default -> "answer";
        };
        return new Question(
                fact.name(),
                kind,
                texts.question(fact, locale),
                texts.hint(fact, locale),
                options,
                typed,
                error == null ? null : texts.message(error, null, locale),
                target);
    }

    private String areaName(String area, Locale locale) {
        String country = area.split("-")[0];
        return Codes.isCountry(country) ? texts.name(country, locale) + " – " + area : area;
    }

    private static List<Option> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .filter(Codes::isCountry)
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    private List<AnswerRow> answerRows(Map<String, FactValue> answers, Locale locale, Choices choices) {
        return answers.entrySet().stream()
                .map(entry -> {
                    Fact fact = Fact.named(entry.getKey()).orElseThrow();
                    return new AnswerRow(
                            fact.name(),
                            texts.question(fact, locale),
                            shown(fact, entry.getValue(), locale),
                            encode(entry.getValue()));
                })
                .toList();
    }

    private String shown(Fact fact, FactValue value, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        if (value instanceof FactValue.DateValue date) {
            return dates.format(date.value());
        }
        if (value instanceof FactValue.BooleanValue flag) {
            return texts.message(flag.value() ? "pathways.eligibility.yes" : "pathways.eligibility.no", null, locale);
        }
        if (value instanceof FactValue.TextValue text) {
            if (NO_AREA.equals(text.value())) {
                return texts.message("pathways.eligibility.area.none", null, locale);
            }
            return fact.equals(Fact.AREA) ? areaName(text.value(), locale) : texts.name(text.value(), locale);
        }
        if (value instanceof FactValue.DateListValue list) {
            return list.values().isEmpty()
                    ? texts.message("pathways.eligibility.none", null, locale)
                    : list.values().stream().map(dates::format).collect(Collectors.joining(", "));
        }
        if (value instanceof FactValue.TextSetValue set) {
            return set.values().isEmpty()
                    ? texts.message("pathways.eligibility.none", null, locale)
                    : set.values().stream()
                            .sorted()
                            .map(code -> texts.name(code, locale))
                            .collect(Collectors.joining(", "));
        }
        if (value instanceof FactValue.MoneyValue money) {
            return texts.money(money.value(), locale);
        }
        return encode(value);
    }

    private List<PathwayOutcome> outcomes(List<PathwayEligibility> results, Outcome outcome, Locale locale) {
        return results.stream()
                .filter(result -> result.outcome() == outcome)
                .map(result -> new PathwayOutcome(
                        result.code(),
                        result.title(),
                        outcome == Outcome.NOT_MET
                                ? failures(result.explanation(), locale)
                                : outcome == Outcome.UNKNOWN ? unknowns(result.explanation(), locale) : List.of()))
                .toList();
    }

    /** The criteria that made the outcome NOT_MET, in plain words, deepest first. */
    private List<String> failures(Explanation explanation, Locale locale) {
        List<String> reasons = new ArrayList<>();
        collect(explanation, Outcome.NOT_MET, reasons, locale);
        return reasons.stream().distinct().toList();
    }

    private List<String> unknowns(Explanation explanation, Locale locale) {
        List<String> reasons = new ArrayList<>();
        collect(explanation, Outcome.UNKNOWN, reasons, locale);
        // The same missing answer may hold up several criteria: say so once.
        return reasons.stream().distinct().toList();
    }

    private void collect(Explanation explanation, Outcome outcome, List<String> reasons, Locale locale) {
        String key = explanation.reason().key();
        boolean group = key.startsWith("pathways.rules.allOf.") || key.startsWith("pathways.rules.anyOf.");
        if (group) {
            explanation.children().stream()
                    .filter(child -> child.outcome() == outcome)
                    .forEach(child -> collect(child, outcome, reasons, locale));
        } else if (key.startsWith("pathways.rules.not.")) {
            // "This must not apply, but it does": the reason of the part that applies says what.
            explanation
                    .children()
                    .forEach(child -> reasons.add(
                            texts.reason(explanation.reason(), locale) + " " + texts.reason(child.reason(), locale)));
        } else {
            reasons.add(texts.reason(explanation.reason(), locale));
        }
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
                case "area" -> areas.contains(text) || NO_AREA.equals(text);
                case "sector" -> sectors.contains(text) || OTHER_SECTOR.equals(text);
                default -> !text.isEmpty();
            };
        }
    }
}
