package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.DateReference.FactDate;
import org.openpathways.pathways.rules.DateReference.FixedDate;
import org.openpathways.pathways.rules.FactValue.BooleanValue;
import org.openpathways.pathways.rules.FactValue.DateListValue;
import org.openpathways.pathways.rules.FactValue.DateValue;
import org.openpathways.pathways.rules.FactValue.MoneyValue;
import org.openpathways.pathways.rules.FactValue.NumberValue;
import org.openpathways.pathways.rules.FactValue.TextSetValue;
import org.openpathways.pathways.rules.FactValue.TextValue;

/**
 * The one place criteria are evaluated in: the facts and the rule set's named lists. Each criterion asks it for the
 * facts it needs through a {@link Lookup}, which notes every fact that is absent or of the wrong kind, so that the
 * criterion can answer {@link Outcome#UNKNOWN} naming them instead of failing.
 */
public final class Evaluation {

    private final Facts facts;
    private final Map<String, List<String>> countryLists;
    private final Map<String, List<AreaPeriod>> areaLists;

    Evaluation(Facts facts, Map<String, List<String>> countryLists, Map<String, List<AreaPeriod>> areaLists) {
        this.facts = facts;
        this.countryLists = countryLists;
        this.areaLists = areaLists;
    }

    public Explanation evaluate(Criterion criterion) {
        return criterion.evaluate(this);
    }

    @Nullable
    List<String> countryList(String name) {
        return countryLists.get(name);
    }

    @Nullable
    List<AreaPeriod> areaList(String name) {
        return areaLists.get(name);
    }

    Lookup lookup() {
        return new Lookup();
    }

    /** Reads facts for one criterion and remembers which of them could not be used. */
    final class Lookup {

        private final List<Fact> missing = new ArrayList<>();
        private @Nullable Reason problem;

        @Nullable
        LocalDate date(Fact fact) {
            return read(fact, DateValue.class) instanceof DateValue date ? date.value() : null;
        }

        @Nullable
        LocalDate date(DateReference reference) {
            if (reference instanceof FixedDate fixed) {
                return fixed.date();
            }
            return date(((FactDate) reference).fact());
        }

        @Nullable
        BigDecimal number(Fact fact) {
            return read(fact, NumberValue.class) instanceof NumberValue number ? number.value() : null;
        }

        @Nullable
        Money money(Fact fact) {
            return read(fact, MoneyValue.class) instanceof MoneyValue money ? money.value() : null;
        }

        @Nullable
        String text(Fact fact) {
            return read(fact, TextValue.class) instanceof TextValue text ? text.value() : null;
        }

        @Nullable
        Boolean flag(Fact fact) {
            return read(fact, BooleanValue.class) instanceof BooleanValue flag ? flag.value() : null;
        }

        @Nullable
        List<LocalDate> dates(Fact fact) {
            return read(fact, DateListValue.class) instanceof DateListValue dates ? dates.values() : null;
        }

        @Nullable
        Set<String> texts(Fact fact) {
            return read(fact, TextSetValue.class) instanceof TextSetValue texts ? texts.values() : null;
        }

        /** Whether every fact read so far was usable. */
        boolean complete() {
            return problem == null;
        }

        /** An unknown outcome that names the first unusable fact and lists them all. */
        Explanation unknown() {
            return Explanation.unknown(problem == null ? Reason.of("unknown.missing", "") : problem, missing);
        }

        private @Nullable FactValue read(Fact fact, Class<? extends FactValue> kind) {
            FactValue value = facts.get(fact).orElse(null);
            if (kind.isInstance(value)) {
                return value;
            }
            if (!missing.contains(fact)) {
                missing.add(fact);
            }
            if (problem == null) {
                problem = Reason.of(value == null ? "unknown.missing" : "unknown.wrongType", fact.label());
            }
            return null;
        }
    }
}
