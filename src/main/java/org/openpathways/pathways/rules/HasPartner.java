package org.openpathways.pathways.rules;

import java.util.List;

/** The applicant has a partner ({@code present}) or has none. */
public record HasPartner(boolean present) implements Criterion {

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        Boolean partner = lookup.flag(Fact.PARTNER);
        if (partner == null) {
            return lookup.unknown();
        }
        boolean met = partner == present;
        return Explanation.decided(
                met, Reason.of("partner." + (present ? "required." : "excluded.") + MessageKeys.suffix(met)));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.PARTNER);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                Boolean partner = sheet.flag(slot);
                return partner == null ? Outcome.UNKNOWN : Outcome.of(partner == present);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.PARTNER);
    }
}
