package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.Explanation;

/**
 * Everything a decision letter states, before it is written in the reader's language.
 *
 * @param criteria the failed criteria the refusal cites, as the rules explain them
 * @param grounds the grounds from the closed list the refusal cites, by code
 * @param appealDeadline the last day to appeal on time; {@code null} for an approval
 * @param appealStatus the appeal's state when one was filed
 */
public record DecisionLetter(
        String reference,
        String applicantName,
        String pathwayCode,
        int pathwayVersion,
        boolean approved,
        Instant decidedAt,
        List<Explanation> criteria,
        List<String> grounds,
        @Nullable String freeText,
        @Nullable LocalDate appealDeadline,
        @Nullable String appealStatus,
        @Nullable String permitNumber) {

    public DecisionLetter {
        criteria = List.copyOf(criteria);
        grounds = List.copyOf(grounds);
    }
}
