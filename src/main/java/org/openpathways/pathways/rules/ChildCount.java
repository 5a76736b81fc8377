package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The number of children (those whose birth dates are given) within bounds, both included. */
public record ChildCount(
        @Nullable Integer atLeast, @Nullable Integer atMost) implements Criterion {

    public ChildCount {
        Invariants.require(atLeast != null || atMost != null, "children needs atLeast, atMost or both");
        Invariants.require(atLeast == null || (atLeast >= 0 && atLeast <= 100), "atLeast must be from 0 to 100");
        Invariants.require(atMost == null || (atMost >= 0 && atMost <= 100), "atMost must be from 0 to 100");
        Invariants.require(atLeast == null || atMost == null || atLeast <= atMost, "atLeast must not exceed atMost");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        List<LocalDate> births = lookup.dates(Fact.CHILDREN_BIRTH_DATES);
        if (births == null) {
            return lookup.unknown();
        }
        int count = births.size();
        boolean met = (atLeast == null || count >= atLeast) && (atMost == null || count <= atMost);
        return Explanation.decided(met, Reason.of("children." + MessageKeys.suffix(met), count, bounds()));
    }

    private Reason bounds() {
        if (atLeast == null) {
            return Reason.of("count.atMost", atMost);
        }
        return atMost == null ? Reason.of("count.atLeast", atLeast) : Reason.of("count.between", atLeast, atMost);
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.CHILDREN_BIRTH_DATES);
        int least = atLeast == null ? Integer.MIN_VALUE : atLeast;
        int most = atMost == null ? Integer.MAX_VALUE : atMost;
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long[] births = sheet.dates(slot);
                if (births == null) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(births.length >= least && births.length <= most);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.CHILDREN_BIRTH_DATES);
    }
}
