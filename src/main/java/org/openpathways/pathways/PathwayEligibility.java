package org.openpathways.pathways;

import java.util.Optional;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Outcome;

/**
 * Whether one published pathway fits the answers given, and why, criterion by criterion.
 *
 * @param nextQuestion the fact to ask about next when the outcome is still {@link Outcome#UNKNOWN}
 */
public record PathwayEligibility(
        String code, int version, String title, Explanation explanation, Optional<Fact> nextQuestion) {

    public Outcome outcome() {
        return explanation.outcome();
    }
}
