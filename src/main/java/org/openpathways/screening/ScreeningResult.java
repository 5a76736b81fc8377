package org.openpathways.screening;

import java.util.List;

/**
 * What a screening concludes: the rating, the needs it raises and the actions they require. It tells nothing of the
 * answers behind it.
 *
 * @param score the sum of the risk factors' weights less the protective factors', never below zero
 */
public record ScreeningResult(Rating rating, int score, List<String> needs, List<RequiredAction> actions) {

    public ScreeningResult {
        needs = List.copyOf(needs);
        actions = List.copyOf(actions);
    }

    public boolean requires(String actionCode) {
        return actions.stream().anyMatch(action -> action.code().equals(actionCode));
    }
}
