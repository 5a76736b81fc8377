package org.openpathways.pathways.rules;

import java.util.List;

/**
 * The job's ISCO-08 occupation code starts with one of the prefixes: a major group ({@code 6}), sub-major ({@code 61}),
 * minor ({@code 611}) or unit group ({@code 6111}).
 */
public record OccupationIn(List<String> prefixes) implements Criterion {

    public OccupationIn {
        prefixes = List.copyOf(prefixes);
        Invariants.require(!prefixes.isEmpty(), "occupation needs at least one prefix");
        Invariants.require(prefixes.stream().distinct().count() == prefixes.size(), "prefixes must not repeat");
        prefixes.forEach(
                prefix -> Invariants.require(isPrefix(prefix), "an ISCO-08 prefix is 1 to 4 digits: " + prefix));
    }

    public static boolean isPrefix(String prefix) {
        return prefix.matches("[0-9]{1,4}");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        String occupation = lookup.text(Fact.OCCUPATION);
        if (occupation == null) {
            return lookup.unknown();
        }
        boolean met = prefixes.stream().anyMatch(occupation::startsWith);
        return Explanation.decided(
                met, Reason.of("occupation." + MessageKeys.suffix(met), occupation, String.join(", ", prefixes)));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.OCCUPATION);
        String[] starts = prefixes.toArray(String[]::new);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                String occupation = sheet.text(slot);
                if (occupation == null) {
                    return Outcome.UNKNOWN;
                }
                for (String prefix : starts) {
                    if (occupation.startsWith(prefix)) {
                        return Outcome.MET;
                    }
                }
                return Outcome.NOT_MET;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.OCCUPATION);
    }
}
