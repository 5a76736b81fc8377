package org.openpathways.pathways.rules;

import java.time.LocalDate;

/** The date a criterion measures against: a fixed date written in the rule, or a date fact such as the application date. */
public sealed interface DateReference {

    static DateReference on(LocalDate date) {
        return new FixedDate(date);
    }

    static DateReference applicationDate() {
        return new FactDate(Fact.APPLICATION_DATE);
    }

    record FixedDate(LocalDate date) implements DateReference {}

    record FactDate(Fact fact) implements DateReference {
        public FactDate {
            if (fact.type() != FactType.DATE) {
                throw new IllegalArgumentException(fact + " is not a date");
            }
        }
    }
}
