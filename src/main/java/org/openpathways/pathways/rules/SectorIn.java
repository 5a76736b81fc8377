package org.openpathways.pathways.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.SECTOR);
        Set<String> in = new HashSet<>(sectors);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                String sector = sheet.text(slot);
                return sector == null ? Outcome.UNKNOWN : Outcome.of(in.contains(sector));
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.SECTOR);
    }
}
