package org.openpathways.referrals.persistence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.DataCategory;
import org.openpathways.referrals.ReferralStatus;
import org.openpathways.referrals.ServiceType;
import org.openpathways.referrals.Urgency;

/** A referral row with its texts decrypted. */
public record StoredReferral(
        UUID id,
        UUID caseId,
        UUID caseOrganisationId,
        UUID providerOrganisationId,
        String providerName,
        ServiceType service,
        Urgency urgency,
        Set<DataCategory> categories,
        @Nullable UUID consentId,
        @Nullable String overrideReason,
        @Nullable UUID overriddenBy,
        @Nullable String note,
        ReferralStatus status,
        UUID referredBy,
        @Nullable UUID referrerOrganisationId,
        Instant sentAt,
        Instant dueAt,
        @Nullable Instant answeredAt,
        @Nullable String declineReason,
        @Nullable Instant deliveredAt,
        @Nullable String deliveryNote,
        @Nullable Instant closedAt,
        @Nullable String closeReason,
        long version) {

    public StoredReferral {
        categories = DataCategory.inOrder(categories);
    }
}
