package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.pathways.rules.DateReference.FactDate;

/**
 * At least a number of years and months between a date fact and a reference date, e.g. four years of residence at
 * the application date. Time is counted in whole calendar months as {@link Period#between} counts it, the same way as
 * {@link AgeRange ages}: one year from 29 February is reached on 1 March.
 */
public record TimeSince(Fact since, int years, int months, DateReference at) implements Criterion {

    public TimeSince {
        Invariants.requireType(since, FactType.DATE);
        Invariants.require(years >= 0 && years <= 150, "years must be from 0 to 150");
        Invariants.require(months >= 0 && months <= 11, "months must be from 0 to 11");
        Invariants.require(years + months > 0, "a time of at least one month is needed");
    }

    public static TimeSince yearsSince(Fact since, int years, DateReference at) {
        return new TimeSince(since, years, 0, at);
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        LocalDate start = lookup.date(since);
        LocalDate end = lookup.date(at);
        if (start == null || end == null) {
            return lookup.unknown();
        }
        boolean met = !start.isAfter(end) && Period.between(start, end).toTotalMonths() >= years * 12L + months;
        return Explanation.decided(
                met,
                Reason.of("timeSince." + MessageKeys.suffix(met), since.label(), start, duration(years, months), end));
    }

    static Reason duration(int years, int months) {
        if (months == 0) {
            return Reason.of("duration.years", years);
        }
        return years == 0 ? Reason.of("duration.months", months) : Reason.of("duration.yearsMonths", years, months);
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(since);
        Compilation.DatePoint end = compilation.date(at);
        long needed = years * 12L + months;
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long start = sheet.date(slot);
                long day = end.in(sheet);
                if (start == FactSheet.NO_DATE || day == FactSheet.NO_DATE) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(start <= day && FactSheet.months(start, day) >= needed);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(since));
        if (at instanceof FactDate other && !other.fact().equals(since)) {
            facts.add(other.fact());
        }
        return facts;
    }
}
