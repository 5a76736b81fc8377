package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.openpathways.pathways.rules.FactValue.BooleanValue;
import org.openpathways.pathways.rules.FactValue.DateListValue;
import org.openpathways.pathways.rules.FactValue.DateValue;
import org.openpathways.pathways.rules.FactValue.MoneyValue;
import org.openpathways.pathways.rules.FactValue.NumberValue;
import org.openpathways.pathways.rules.FactValue.TextSetValue;
import org.openpathways.pathways.rules.FactValue.TextValue;

/**
 * What is known about a person and their application: an immutable map from fact names to values. Any name and any
 * value may be given (answers arrive as they are typed); criteria treat a value of the wrong kind as unknown.
 */
public record Facts(Map<String, FactValue> values) {

    public Facts {
        values.forEach((name, value) -> Objects.requireNonNull(value, name));
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Facts none() {
        return new Facts(Map.of());
    }

    public Optional<FactValue> get(Fact fact) {
        return Optional.ofNullable(values.get(fact.name()));
    }

    public Facts with(String name, FactValue value) {
        Map<String, FactValue> more = new TreeMap<>(values);
        more.put(name, value);
        return new Facts(more);
    }

    public Facts with(Fact fact, FactValue value) {
        return with(fact.name(), value);
    }

    public Facts with(Fact fact, LocalDate date) {
        return with(fact, new DateValue(date));
    }

    public Facts with(Fact fact, BigDecimal number) {
        return with(fact, new NumberValue(number));
    }

    public Facts with(Fact fact, long number) {
        return with(fact, BigDecimal.valueOf(number));
    }

    public Facts with(Fact fact, Money money) {
        return with(fact, new MoneyValue(money));
    }

    public Facts with(Fact fact, String text) {
        return with(fact, new TextValue(text));
    }

    public Facts with(Fact fact, boolean flag) {
        return with(fact, new BooleanValue(flag));
    }

    public Facts withDates(Fact fact, List<LocalDate> dates) {
        return with(fact, new DateListValue(dates));
    }

    public Facts withTexts(Fact fact, Collection<String> texts) {
        return with(fact, new TextSetValue(Set.copyOf(texts)));
    }

    public Facts without(Fact fact) {
        Map<String, FactValue> fewer = new TreeMap<>(values);
        fewer.remove(fact.name());
        return new Facts(fewer);
    }
}
