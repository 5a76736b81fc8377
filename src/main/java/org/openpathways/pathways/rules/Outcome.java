package org.openpathways.pathways.rules;

import java.util.Collection;

/** The result of a criterion: met, not met, or unknown because a fact it needs is not given (or not usable). */
public enum Outcome {
    MET,
    NOT_MET,
    UNKNOWN;

    /** Kleene conjunction: not met if any is not met, else unknown if any is unknown, else met (also when empty). */
    public static Outcome allOf(Collection<Outcome> outcomes) {
        if (outcomes.contains(NOT_MET)) {
            return NOT_MET;
        }
        return outcomes.contains(UNKNOWN) ? UNKNOWN : MET;
    }

    /** Kleene disjunction: met if any is met, else unknown if any is unknown, else not met (also when empty). */
    public static Outcome anyOf(Collection<Outcome> outcomes) {
        if (outcomes.contains(MET)) {
            return MET;
        }
        return outcomes.contains(UNKNOWN) ? UNKNOWN : NOT_MET;
    }

    public Outcome negated() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }

    static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
