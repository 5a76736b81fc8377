package org.openpathways.pathways.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A country fact (nationality, country of residence) in a set of ISO 3166-1 alpha-2 codes: the codes written here and
 * those of the rule set's named lists, such as the members of a free-movement area.
 */
public record CountryIn(Fact fact, List<String> countries, List<String> lists) implements Criterion {

    public CountryIn {
        countries = List.copyOf(countries);
        lists = List.copyOf(lists);
        Invariants.requireType(fact, FactType.TEXT);
        Invariants.require(!countries.isEmpty() || !lists.isEmpty(), "a country criterion needs countries or lists");
        Invariants.require(countries.stream().distinct().count() == countries.size(), "countries must not repeat");
        countries.forEach(code -> Invariants.require(Codes.isCountry(code), "not an ISO 3166-1 code: " + code));
        Invariants.requireCodes(lists, "list names");
    }

    public static CountryIn nationalityIn(String... countries) {
        return new CountryIn(Fact.NATIONALITY, List.of(countries), List.of());
    }

    public static CountryIn nationalityInList(String list) {
        return new CountryIn(Fact.NATIONALITY, List.of(), List.of(list));
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        String country = lookup.text(fact);
        if (country == null) {
            return lookup.unknown();
        }
        boolean met = countries.contains(country);
        for (String name : lists) {
            List<String> listed = evaluation.countryList(name);
            if (listed == null) {
                return Explanation.unknown(Reason.of("unknown.list", name), List.of());
            }
            met |= listed.contains(country);
        }
        return Explanation.decided(met, Reason.of("country." + MessageKeys.suffix(met), fact.label(), country));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(fact);
        Set<String> accepted = new HashSet<>(countries);
        boolean listsDefined = true;
        for (String name : lists) {
            List<String> listed = compilation.countryList(name);
            if (listed == null) {
                listsDefined = false;
            } else {
                accepted.addAll(listed);
            }
        }
        // A HashSet: its lookup masks the hash where Set.copyOf's divides it.
        Set<String> in = accepted;
        boolean decidable = listsDefined;
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                String country = sheet.text(slot);
                if (country == null || !decidable) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(in.contains(country));
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(fact);
    }
}
