package org.openpathways.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded consent: who gave it (and for a parent or guardian, their name), to share which categories of the case's
 * data with which provider, until which day (inclusive). It stops counting the moment it is withdrawn or the day after
 * {@code validUntil}.
 */
public record Consent(
        UUID id,
        UUID caseId,
        UUID organisationId,
        String providerName,
        ConsentGiver givenBy,
        @Nullable String giverName,
        Set<DataCategory> categories,
        LocalDate validUntil,
        Instant recordedAt,
        @Nullable Instant withdrawnAt,
        long version) {

    public Consent {
        categories = DataCategory.inOrder(categories);
    }

    public boolean live(LocalDate today) {
        return withdrawnAt == null && !today.isAfter(validUntil);
    }

    public boolean covers(Set<DataCategory> wanted) {
        return categories.containsAll(wanted);
    }
}
