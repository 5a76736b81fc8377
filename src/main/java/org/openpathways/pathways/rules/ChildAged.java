package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.pathways.rules.DateReference.FactDate;

/** At least one child whose age at the reference date is within a range, e.g. "has a child under 18". */
public record ChildAged(AgeRange range, DateReference at) implements Criterion {

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        List<LocalDate> births = lookup.dates(Fact.CHILDREN_BIRTH_DATES);
        LocalDate on = lookup.date(at);
        if (births == null || on == null) {
            return lookup.unknown();
        }
        boolean met = births.stream().anyMatch(birth -> range.contains(AgeRange.age(birth, on)));
        return Explanation.decided(met, Reason.of("childAged." + MessageKeys.suffix(met), range.reason(), on));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.CHILDREN_BIRTH_DATES);
        Compilation.DatePoint on = compilation.date(at);
        // As range.contains, without unboxing: ages are never negative for the born, -1 for the unborn.
        int least = range.atLeast() == null ? 0 : range.atLeast();
        int under = range.under() == null ? Integer.MAX_VALUE : range.under();
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long[] births = sheet.dates(slot);
                long day = on.in(sheet);
                if (births == null || day == FactSheet.NO_DATE) {
                    return Outcome.UNKNOWN;
                }
                for (long birth : births) {
                    int age = FactSheet.age(birth, day);
                    if (age >= least && age < under) {
                        return Outcome.MET;
                    }
                }
                return Outcome.NOT_MET;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(Fact.CHILDREN_BIRTH_DATES));
        if (at instanceof FactDate other) {
            facts.add(other.fact());
        }
        return facts;
    }
}
