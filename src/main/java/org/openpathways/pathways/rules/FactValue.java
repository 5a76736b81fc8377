package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The value of one fact. A value whose kind differs from its fact's {@link FactType} makes criteria unknown. */
public sealed interface FactValue {

    FactType type();

    record DateValue(LocalDate value) implements FactValue {
        public FactType type() {
            return FactType.DATE;
        }
    }

    record NumberValue(BigDecimal value) implements FactValue {
        public FactType type() {
            return FactType.NUMBER;
        }
    }

    record MoneyValue(Money value) implements FactValue {
        public FactType type() {
            return FactType.MONEY;
        }
    }

    record TextValue(String value) implements FactValue {
        public FactType type() {
            return FactType.TEXT;
        }
    }

    record BooleanValue(boolean value) implements FactValue {
        public FactType type() {
            return FactType.BOOLEAN;
        }
    }

    record DateListValue(List<LocalDate> values) implements FactValue {
        public DateListValue {
            values = List.copyOf(values);
        }

        public FactType type() {
            return FactType.DATE_LIST;
        }
    }

    record TextSetValue(Set<String> values) implements FactValue {
        public TextSetValue {
            values = Set.copyOf(values);
        }

        public FactType type() {
            return FactType.TEXT_SET;
        }
    }
}
