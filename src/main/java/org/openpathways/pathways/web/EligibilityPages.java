package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
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
import org.openpathways.pathways.RuleTexts;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.FactValue;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Outcome;
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
    private final RuleTexts texts;

    EligibilityPages(EligibilityChecks checks, RuleTexts texts) {
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
        AnswerForms.Choices choices = AnswerForms.Choices.of(pathways);
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
            typed = AnswerForms.typedValues(asked, answers.remove(asked.name()));
            skipped.remove(asked.name());
        } else if (skipping != null && Fact.named(skipping).isPresent()) {
            skipped.add(skipping);
            answers.remove(skipping);
        } else if (current.isPresent() && current.get() != Fact.APPLICATION_DATE) {
            Fact fact = current.get();
            typed = AnswerForms.typed(fact, request);
            AnswerForms.Reading reading = AnswerForms.read(fact, typed, choices);
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

    private static Map<String, FactValue> previousAnswers(HttpServletRequest request, AnswerForms.Choices choices) {
        Map<String, FactValue> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith(ANSWER) || values.length != 1 || answers.size() >= EligibilityAnswers.MAX_ANSWERS) {
                return;
            }
            Fact.named(name.substring(ANSWER.length()))
                    .filter(fact -> fact != Fact.APPLICATION_DATE)
                    .ifPresent(fact -> {
                        // A hidden answer that cannot be read (altered by hand) is dropped and asked again.
                        FactValue value = AnswerForms.decode(fact, values[0], choices);
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

    // ---- What the templates show ----

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
            Fact fact, Map<String, String> typed, @Nullable String error, AnswerForms.Choices choices, Locale locale) {
        String kind = AnswerForms.kind(fact);
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

    private List<AnswerRow> answerRows(Map<String, FactValue> answers, Locale locale, AnswerForms.Choices choices) {
        return answers.entrySet().stream()
                .map(entry -> {
                    Fact fact = Fact.named(entry.getKey()).orElseThrow();
                    return new AnswerRow(
                            fact.name(),
                            texts.question(fact, locale),
                            shown(fact, entry.getValue(), locale),
                            AnswerForms.encode(entry.getValue()));
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
        return AnswerForms.encode(value);
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
}
