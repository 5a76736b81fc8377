package org.openpathways.pathways.rules;

import java.util.List;

/** The job is in one of the sectors, named by code (e.g. {@code agriculture}, {@code care}). */
public record SectorIn(List<String> sectors) implements Criterion {

    public SectorIn {
        sectors = List.copyOf(sectors);
        Invariants.require(!sectors.isEmpty(), "sector needs at least one sector");
        Invariants.requireCodes(sectors, "sectors");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        String sector = lookup.text(Fact.SECTOR);
        if (sector == null) {
            return lookup.unknown();
        }
        boolean met = sectors.contains(sector);
        return Explanation.decided(met, Reason.of("sector." + MessageKeys.suffix(met), sector));
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.SECTOR);
    }
}
