package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.pathways.rules.DateReference.FactDate;

/** The applicant's age at a reference date (the application date or a fixed date) within a range. */
public record AgeBetween(AgeRange range, DateReference at) implements Criterion {

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        LocalDate birth = lookup.date(Fact.BIRTH_DATE);
        LocalDate on = lookup.date(at);
        if (birth == null || on == null) {
            return lookup.unknown();
        }
        int age = AgeRange.age(birth, on);
        boolean met = range.contains(age);
        return Explanation.decided(met, Reason.of("age." + MessageKeys.suffix(met), age, on, range.reason()));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.BIRTH_DATE);
        Compilation.DatePoint on = compilation.date(at);
        // As range.contains, without unboxing: ages are never negative for the born, -1 for the unborn.
        int least = range.atLeast() == null ? 0 : range.atLeast();
        int under = range.under() == null ? Integer.MAX_VALUE : range.under();
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long birth = sheet.date(slot);
                long day = on.in(sheet);
                if (birth == FactSheet.NO_DATE || day == FactSheet.NO_DATE) {
                    return Outcome.UNKNOWN;
                }
                int age = FactSheet.age(birth, day);
                return Outcome.of(age >= least && age < under);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(Fact.BIRTH_DATE));
        if (at instanceof FactDate other && !other.fact().equals(Fact.BIRTH_DATE)) {
            facts.add(other.fact());
        }
        return facts;
    }
}
