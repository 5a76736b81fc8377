package org.openpathways.pathways.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One eligibility criterion, as data. Groups ({@link AllOf}, {@link AnyOf}, {@link Not}) combine criteria in
 * three-valued logic; the other kinds read facts. Evaluation is total: whatever the facts, it returns an explanation
 * and never throws.
 */
public sealed interface Criterion
        permits AllOf,
                AnyOf,
                Not,
                NumberCompare,
                DateCompare,
                DateBetween,
                TimeSince,
                AgeBetween,
                CountryIn,
                AreaListed,
                OccupationIn,
                SectorIn,
                WageAtLeast,
                ChildCount,
                ChildAged,
                HasPartner,
                DocumentProvided,
                QuotaAvailable {

    Explanation evaluate(Evaluation evaluation);

    /**
     * This criterion compiled for {@link CompiledRules}: deciding the same outcome as {@link #evaluate} from a {@link
     * FactSheet}, without explanation. Each kind compiles itself, beside its {@code evaluate}, so that the compiler
     * checks that every kind can be compiled (as for {@code evaluate}, see ADR 0011).
     */
    CompiledCriterion compile(Compilation compilation);

    /** The facts this criterion reads itself (not its parts'), in the order it reads them. */
    List<Fact> facts();

    /** The criteria this one is made of; empty for all but groups. */
    default List<Criterion> parts() {
        return List.of();
    }

    /** This criterion and all its parts, depth first, in the order written. */
    default Stream<Criterion> walk() {
        return Stream.concat(Stream.of(this), parts().stream().flatMap(Criterion::walk));
    }

    /**
     * Every fact this criterion may read, each once, in the order of first use when reading the criterion depth first:
     * the order in which a questionnaire can ask for them.
     */
    default List<Fact> requiredFacts() {
        return List.copyOf(walk().flatMap(criterion -> criterion.facts().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
