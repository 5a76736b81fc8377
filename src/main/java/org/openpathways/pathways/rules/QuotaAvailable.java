package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.util.List;

/** A named quota has places left; the caller supplies the remaining places as {@code quota.<name>.remaining}. */
public record QuotaAvailable(String quota) implements Criterion {

    public QuotaAvailable {
        Invariants.requireCodes(List.of(quota), "quota names");
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        BigDecimal remaining = lookup.number(Fact.quotaRemaining(quota));
        if (remaining == null) {
            return lookup.unknown();
        }
        boolean met = remaining.signum() > 0;
        return Explanation.decided(met, Reason.of("quota." + MessageKeys.suffix(met), quota, remaining));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.quotaRemaining(quota));
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                return sheet.has(slot) ? Outcome.of(sheet.compare(slot, Threshold.ZERO) > 0) : Outcome.UNKNOWN;
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.quotaRemaining(quota));
    }
}
