package org.openpathways.pathways.rules;

import java.util.List;

/**
 * The job's wage at least a threshold. A wage in another currency than the threshold is not converted (rates change
 * and are not the rule's to choose): the outcome is unknown, saying so.
 */
public record WageAtLeast(Money threshold) implements Criterion {

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        Money wage = lookup.money(Fact.WAGE);
        if (wage == null) {
            return lookup.unknown();
        }
        if (!wage.currency().equals(threshold.currency())) {
            return Explanation.unknown(
                    Reason.of("unknown.currency", wage.currency(), threshold.currency()), List.of(Fact.WAGE));
        }
        boolean met = wage.amount().compareTo(threshold.amount()) >= 0;
        return Explanation.decided(
                met,
                Reason.of(
                        "wage." + MessageKeys.suffix(met),
                        wage.amount(),
                        wage.currency(),
                        threshold.amount(),
                        threshold.currency()));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(Fact.WAGE);
        Threshold amount = new Threshold(threshold.amount());
        String currency = threshold.currency();
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                Money wage = sheet.money(slot);
                if (wage == null || !wage.currency().equals(currency)) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(sheet.compare(slot, amount) >= 0);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.WAGE);
    }
}
