package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.pathways.rules.DateReference.FactDate;

/**
 * The person's area is in a named dated list on a date, e.g. declared a disaster area on the day they left it.
 */
public record AreaListed(String list, DateReference on) implements Criterion {

    public AreaListed {
        Invariants.requireCodes(List.of(list), "list names");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        String area = lookup.text(Fact.AREA);
        LocalDate date = lookup.date(on);
        if (area == null || date == null) {
            return lookup.unknown();
        }
        List<AreaPeriod> periods = evaluation.areaList(list);
        if (periods == null) {
            return Explanation.unknown(Reason.of("unknown.list", list), List.of());
        }
        boolean met = periods.stream().anyMatch(period -> period.covers(area, date));
        return Explanation.decided(met, Reason.of("area." + MessageKeys.suffix(met), area, list, date));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.AREA);
        Compilation.DatePoint date = compilation.date(on);
        List<AreaPeriod> periods = compilation.areaList(list);
        int count = periods == null ? 0 : periods.size();
        String[] areas = new String[count];
        long[] from = new long[count];
        long[] to = new long[count];
        for (int i = 0; i < count; i++) {
            AreaPeriod period = periods.get(i);
            areas[i] = period.area();
            from[i] = FactSheet.day(period.from());
            to[i] = period.to() == null ? Long.MAX_VALUE : FactSheet.day(period.to());
        }
        boolean defined = periods != null;
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                String area = sheet.text(slot);
                long day = date.in(sheet);
                if (area == null || day == FactSheet.NO_DATE || !defined) {
                    return Outcome.UNKNOWN;
                }
                for (int i = 0; i < areas.length; i++) {
                    if (areas[i].equals(area) && day >= from[i] && day <= to[i]) {
                        return Outcome.MET;
                    }
                }
                return Outcome.NOT_MET;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(Fact.AREA));
        if (on instanceof FactDate other) {
            facts.add(other.fact());
        }
        return facts;
    }
}
