package org.openpathways.pathways.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rules of a pathway version: its criteria, the named lists they refer to (each defined once), and
 * its fee schedule if applying costs anything.
 *
 * <p>Construction checks that every list a criterion names is defined, that list entries are valid codes and that
 * every fact is {@link Fact#isKnown() known}; it throws {@link IllegalArgumentException} listing the problems.
 *
 * @param countryLists named lists of ISO 3166-1 alpha-2 codes, e.g. the members of a free-movement area
 * @param areaLists named lists of areas with dates, e.g. declared disaster areas
 */
public record RuleSet(
        Map<String, List<String>> countryLists,
        Map<String, List<AreaPeriod>> areaLists,
        Criterion criteria,
        @Nullable FeeSchedule fees) {

    public RuleSet {
        countryLists = sortedCopy(countryLists);
        areaLists = sortedCopy(areaLists);
        List<String> problems = problems(countryLists, areaLists, criteria, fees);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static RuleSet of(Criterion criteria) {
        return new RuleSet(Map.of(), Map.of(), criteria, null);
    }

    public Explanation evaluate(Facts facts) {
        return evaluation(facts).evaluate(criteria);
    }

    /**
     * The criteria compiled for deciding many outcomes without explanations; see {@link CompiledRules}. Compile once
     * and keep it as long as these rules.
     */
    public CompiledRules compile() {
        return new CompiledRules(this);
    }

    /** What the applicant has to pay; empty when applying is free. */
    public Optional<FeeAssessment> assessFee(Facts facts) {
        return Optional.ofNullable(fees).map(schedule -> schedule.assess(evaluation(facts)));
    }

    /** Every fact the criteria and then the fees may read, each once, in the order they are first read. */
    public List<Fact> requiredFacts() {
        LinkedHashSet<Fact> facts = new LinkedHashSet<>(criteria.requiredFacts());
        if (fees != null) {
            facts.addAll(fees.requiredFacts());
        }
        return List.copyOf(facts);
    }

    /**
     * The fact to ask for next so that eligibility, then the fee, can be decided; empty when both are decided (or the
     * missing facts cannot decide them). See {@link Explanation#firstMissingFact()}.
     */
    public Optional<Fact> nextQuestion(Facts facts) {
        return evaluate(facts)
                .firstMissingFact()
                .or(() -> assessFee(facts).flatMap(fee -> fee.explanation().firstMissingFact()));
    }

    private Evaluation evaluation(Facts facts) {
        return new Evaluation(facts, countryLists, areaLists);
    }

    private static <T> Map<String, List<T>> sortedCopy(Map<String, List<T>> lists) {
        Map<String, List<T>> sorted = new TreeMap<>();
        lists.forEach((name, entries) -> sorted.put(name, List.copyOf(entries)));
        return Collections.unmodifiableMap(sorted);
    }

    private static List<String> problems(
            Map<String, List<String>> countryLists,
            Map<String, List<AreaPeriod>> areaLists,
            Criterion criteria,
            @Nullable FeeSchedule fees) {
        List<String> problems = new ArrayList<>();
        countryLists.forEach((name, codes) -> {
            if (!Codes.isCode(name)) {
                problems.add("countryLists." + name + " is not a valid list name");
            }
            codes.stream()
                    .filter(code -> !Codes.isCountry(code))
                    .forEach(code ->
                            problems.add("countryLists." + name + " has " + code + ", not an ISO 3166-1 alpha-2 code"));
            if (codes.stream().distinct().count() != codes.size()) {
                problems.add("countryLists." + name + " repeats a country");
            }
        });
        areaLists.keySet().stream()
                .filter(name -> !Codes.isCode(name))
                .forEach(name -> problems.add("areaLists." + name + " is not a valid list name"));
        Stream<Criterion> all = Stream.concat(
                criteria.walk(),
                fees == null
                        ? Stream.empty()
                        : fees.waivers().stream()
                                .flatMap(waiver -> waiver.when().walk()));
        all.forEach(criterion -> {
            if (criterion instanceof CountryIn country) {
                country.lists().stream()
                        .filter(name -> !countryLists.containsKey(name))
                        .forEach(name -> problems.add("country list " + name + " is not defined"));
            } else if (criterion instanceof AreaListed area && !areaLists.containsKey(area.list())) {
                problems.add("area list " + area.list() + " is not defined");
            }
            criterion.facts().stream()
                    .filter(fact -> !fact.isKnown())
                    .forEach(fact -> problems.add("fact " + fact + " is not known"));
        });
        return problems;
    }
}
