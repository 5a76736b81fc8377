package org.openpathways.pathways.rules;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one criterion with its reason and the explanations of its parts.
 *
 * @param missingFacts the facts this criterion itself needed and could not use (absent or of the wrong type), in the
 *     order it needs them; empty unless the outcome is {@link Outcome#UNKNOWN} at a leaf
 */
public record Explanation(Outcome outcome, Reason reason, List<Fact> missingFacts, List<Explanation> children) {

    public Explanation {
        missingFacts = List.copyOf(missingFacts);
        children = List.copyOf(children);
    }

    static Explanation decided(boolean met, Reason reason) {
        return new Explanation(Outcome.of(met), reason, List.of(), List.of());
    }

    static Explanation unknown(Reason reason, List<Fact> missingFacts) {
        return new Explanation(Outcome.UNKNOWN, reason, missingFacts, List.of());
    }

    /**
     * The fact to ask for next: the first missing fact of the first unknown part, following only parts that are
     * unknown. Parts already decided are not followed, so no question is asked whose answer could not change the
     * outcome of an undecided part. Empty when the outcome is known.
     */
    public Optional<Fact> firstMissingFact() {
        if (outcome != Outcome.UNKNOWN) {
            return Optional.empty();
        }
        if (!missingFacts.isEmpty()) {
            return Optional.of(missingFacts.get(0));
        }
        for (Explanation child : children) {
            Optional<Fact> fact = child.firstMissingFact();
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }
}
