package org.openpathways.pathways.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The criteria of a {@link RuleSet} compiled for deciding many outcomes in bulk, e.g. judging every application of a
 * pathway again: {@link #sheet(Facts)} takes the facts the criteria read into a {@link FactSheet} once per person, and
 * {@link #outcome(FactSheet)} decides the outcome from it without building an explanation. A group stops at its first
 * part that decides it (an {@link AllOf} at the first part not met, an {@link AnyOf} at the first met).
 *
 * <p>The outcome is always that of {@link RuleSet#evaluate(Facts)}{@code .outcome()} (a property test checks it over
 * generated rules and facts); use {@code evaluate} where the reasons are shown, stored or asked from. Fees are not
 * compiled. Immutable and safe to share between threads.
 */
public final class CompiledRules {

    private final CompiledCriterion criteria;
    private final List<Fact> facts;
    private final FactType[] types;
    private final Map<String, int[]> slots = new HashMap<>();
    /** Identifies the layout of this rules' sheets, so that a sheet made by other rules is refused. */
    private final Object layout = new Object();

    CompiledRules(RuleSet rules) {
        Compilation compilation = new Compilation(rules.countryLists(), rules.areaLists());
        this.criteria = compilation.compile(rules.criteria());
        this.facts = List.copyOf(compilation.facts());
        this.types = new FactType[facts.size()];
        for (int slot = 0; slot < types.length; slot++) {
            Fact fact = facts.get(slot);
            types[slot] = fact.type();
            int[] before = slots.getOrDefault(fact.name(), new int[0]);
            int[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = slot;
            slots.put(fact.name(), after);
        }
    }

    /** The facts the criteria read, in the order of their slots. */
    public List<Fact> facts() {
        return facts;
    }

    /** The facts these rules read, prepared; build it once per person and decide from it as often as needed. */
    public FactSheet sheet(Facts given) {
        return new FactSheet(layout, types, slots, given);
    }

    /**
     * @throws IllegalArgumentException when the sheet was made by other compiled rules
     */
    public Outcome outcome(FactSheet sheet) {
        if (sheet.layout != layout) {
            throw new IllegalArgumentException("a fact sheet is read only by the compiled rules that made it");
        }
        return criteria.outcome(sheet);
    }

    /** The outcome for facts read once: {@code outcome(sheet(given))}. */
    public Outcome outcome(Facts given) {
        return criteria.outcome(sheet(given));
    }
}
