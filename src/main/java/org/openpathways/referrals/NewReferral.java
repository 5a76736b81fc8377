package org.openpathways.referrals;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the referring officer fills it in: the case, the provider organisation, the service and urgency codes,
 * the data categories to share, a note for the provider, and, only to send it without a live consent covering those
 * categories, the reason for overriding consent.
 */
public record NewReferral(
        UUID caseId,
        UUID providerOrganisationId,
        String service,
        String urgency,
        List<String> categories,
        @Nullable String note,
        @Nullable String overrideReason) {

    public NewReferral {
        categories = List.copyOf(categories);
    }
}
