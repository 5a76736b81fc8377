package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.List;

/** A date fact within a window, both ends included, e.g. entry into the country between two dates. */
public record DateBetween(Fact fact, LocalDate from, LocalDate to) implements Criterion {

    public DateBetween {
        Invariants.requireType(fact, FactType.DATE);
        Invariants.require(!to.isBefore(from), "the window must not end before it starts");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        LocalDate actual = lookup.date(fact);
        if (actual == null) {
            return lookup.unknown();
        }
        boolean met = !actual.isBefore(from) && !actual.isAfter(to);
        return Explanation.decided(
                met, Reason.of("dateBetween." + MessageKeys.suffix(met), fact.label(), actual, from, to));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(fact);
        long first = FactSheet.day(from);
        long last = FactSheet.day(to);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long actual = sheet.date(slot);
                if (actual == FactSheet.NO_DATE) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(actual >= first && actual <= last);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(fact);
    }
}
