package org.openpathways.pathways;

import java.util.List;

/** One published pathway as the catalogue lists it, in one language. */
public record PathwaySummary(
        String code,
        int version,
        PathwayCategory category,
        String title,
        String summary,
        DecisionTime decisionTime,
        List<LocalizedFee> fees) {

    public PathwaySummary {
        fees = List.copyOf(fees);
    }
}
