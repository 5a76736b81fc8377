package org.openpathways.applications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caseworker recommends. A refusal must cite at least one failed criterion of the pinned rules (by position,
 * see {@code FailedCriteria}) or one ground from the closed list; a free text beyond them is allowed but flagged for the
 * supervisor's review.
 */
public record Recommendation(
        Outcome outcome,
        List<String> criteria,
        List<String> grounds,
        @Nullable String freeText) {

    public Recommendation {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }

    public enum Outcome {
        APPROVE,
        REFUSE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
