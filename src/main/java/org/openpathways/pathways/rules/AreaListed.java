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
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(Fact.AREA));
        if (on instanceof FactDate other) {
            facts.add(other.fact());
        }
        return facts;
    }
}
