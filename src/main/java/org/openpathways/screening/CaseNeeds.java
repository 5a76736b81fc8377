package org.openpathways.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's current needs, from its latest screening: what referrals read to propose services. No answers.
 *
 * @param needs need codes, among {@link Needs#ALL}
 */
public record CaseNeeds(UUID caseId, UUID screeningId, Rating rating, List<String> needs, Instant screenedAt) {

    public CaseNeeds {
        needs = List.copyOf(needs);
    }
}
