package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** A number fact compared with a value: hours per week, months of experience, contract length, and so on. */
public record NumberCompare(Fact fact, Comparison comparison, BigDecimal value) implements Criterion {

    public NumberCompare {
        Invariants.requireType(fact, FactType.NUMBER);
    }

    /** How the fact must compare with the value; the code is the JSON key. */
    public enum Comparison {
        AT_LEAST("atLeast", order -> order >= 0),
        AT_MOST("atMost", order -> order <= 0),
        MORE_THAN("moreThan", order -> order > 0),
        LESS_THAN("lessThan", order -> order < 0),
        EQUAL_TO("equalTo", order -> order == 0);

        private final String code;
        private final IntPredicate holds;

        Comparison(String code, IntPredicate holds) {
            this.code = code;
            this.holds = holds;
        }

        public String code() {
            return code;
        }

        /** Whether an order (the sign of a comparison of the fact with the value or reference) satisfies this. */
        boolean holds(int order) {
            return holds.test(order);
        }

        public static Optional<Comparison> ofCode(String code) {
            return Stream.of(values()).filter(value -> value.code.equals(code)).findFirst();
        }

        boolean holds(BigDecimal actual, BigDecimal wanted) {
            return holds.test(actual.compareTo(wanted));
        }
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        BigDecimal actual = lookup.number(fact);
        if (actual == null) {
            return lookup.unknown();
        }
        boolean met = comparison.holds(actual, value);
        return Explanation.decided(
                met,
                Reason.of("number." + comparison.code() + "." + MessageKeys.suffix(met), fact.label(), actual, value));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(fact);
        Threshold threshold = new Threshold(value);
        boolean below = comparison.holds(-1);
        boolean equal = comparison.holds(0);
        boolean above = comparison.holds(1);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                if (!sheet.has(slot)) {
                    return Outcome.UNKNOWN;
                }
                int order = sheet.compare(slot, threshold);
                return Outcome.of(order < 0 ? below : order == 0 ? equal : above);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        return List.of(fact);
    }
}
