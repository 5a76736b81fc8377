package org.openpathways.referrals;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One referral as its reader may see it. The provider gets {@code shared}: the person's data of the shared categories,
 * empty once the consent is withdrawn or expired; referring staff, who may open the case itself, get the override
 * reason instead. Neither gets the case's id unless they may see the case.
 */
public record ReferralView(
        ReferralSummary summary,
        @Nullable UUID caseId,
        Set<DataCategory> categories,
        @Nullable String note,
        @Nullable String overrideReason,
        @Nullable String declineReason,
        @Nullable String deliveryNote,
        @Nullable String closeReason,
        @Nullable Instant answeredAt,
        @Nullable Instant deliveredAt,
        @Nullable Instant closedAt,
        boolean consentLive,
        SharedData shared,
        boolean forProvider,
        long version) {

    public ReferralView {
        categories = DataCategory.inOrder(categories);
    }

    public UUID id() {
        return summary.id();
    }

    public ReferralStatus status() {
        return summary.status();
    }
}
