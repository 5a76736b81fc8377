package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.openpathways.pathways.rules.DateReference.FactDate;

/** A date fact before or after a reference date, e.g. presence in the country before a cut-off date. */
public record DateCompare(Fact fact, Order order, DateReference reference) implements Criterion {

    public DateCompare {
        Invariants.requireType(fact, FactType.DATE);
    }

    /** Where the fact's date must lie relative to the reference; the code is the JSON key. */
    public enum Order {
        BEFORE("before", order -> order < 0),
        ON_OR_BEFORE("onOrBefore", order -> order <= 0),
        AFTER("after", order -> order > 0),
        ON_OR_AFTER("onOrAfter", order -> order >= 0);

        private final String code;
        private final IntPredicate holds;

        Order(String code, IntPredicate holds) {
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

        public static Optional<Order> ofCode(String code) {
            return Stream.of(values()).filter(value -> value.code.equals(code)).findFirst();
        }
    }

    @Override
    public Explanation evaluate(Evaluation evaluation) {
        var lookup = evaluation.lookup();
        LocalDate actual = lookup.date(fact);
        LocalDate limit = lookup.date(reference);
        if (actual == null || limit == null) {
            return lookup.unknown();
        }
        boolean met = order.holds.test(actual.compareTo(limit));
        return Explanation.decided(
                met, Reason.of("date." + order.code() + "." + MessageKeys.suffix(met), fact.label(), actual, limit));
    }

    @Override
    public CompiledCriterion compile(Compilation compilation) {
        int slot = compilation.slot(fact);
        Compilation.DatePoint limit = compilation.date(reference);
        boolean before = order.holds(-1);
        boolean same = order.holds(0);
        boolean after = order.holds(1);
        return new CompiledCriterion() {
            @Override
            Outcome outcome(FactSheet sheet) {
                long actual = sheet.date(slot);
                long day = limit.in(sheet);
                if (actual == FactSheet.NO_DATE || day == FactSheet.NO_DATE) {
                    return Outcome.UNKNOWN;
                }
                return Outcome.of(actual < day ? before : actual == day ? same : after);
            }
        };
    }

    @Override
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>(List.of(fact));
        if (reference instanceof FactDate other && !other.fact().equals(fact)) {
            facts.add(other.fact());
        }
        return facts;
    }
}
