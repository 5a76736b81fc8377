package org.openpathways.referrals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.persistence.StoredReferral;

/** A referral after each of the provider's answers: its new status and the times and texts that come with it. */
final class ReferralAnswers {

    private ReferralAnswers() {}

    static StoredReferral accepted(StoredReferral r, Instant at) {
        return with(r, ReferralStatus.ACCEPTED, at, null, null, null, null, null);
    }

    static StoredReferral declined(StoredReferral r, String reason, Instant at) {
        return with(r, ReferralStatus.DECLINED, at, reason, null, null, null, null);
    }

    static StoredReferral delivered(StoredReferral r, @Nullable String note, Instant at) {
        return with(r, ReferralStatus.DELIVERED, r.answeredAt(), null, at, note, null, null);
    }

    static StoredReferral closed(StoredReferral r, @Nullable String reason, Instant at) {
        return with(r, ReferralStatus.CLOSED, r.answeredAt(), null, r.deliveredAt(), r.deliveryNote(), at, reason);
    }

    private static StoredReferral with(
            StoredReferral r,
            ReferralStatus status,
            @Nullable Instant answeredAt,
            @Nullable String declineReason,
            @Nullable Instant deliveredAt,
            @Nullable String deliveryNote,
            @Nullable Instant closedAt,
            @Nullable String closeReason) {
        return new StoredReferral(
                r.id(),
                r.caseId(),
                r.caseOrganisationId(),
                r.providerOrganisationId(),
                r.providerName(),
                r.service(),
                r.urgency(),
                r.categories(),
                r.consentId(),
                r.overrideReason(),
                r.overriddenBy(),
                r.note(),
                status,
                r.referredBy(),
                r.referrerOrganisationId(),
                r.sentAt(),
                r.dueAt(),
                answeredAt,
                declineReason,
                deliveredAt,
                deliveryNote,
                closedAt,
                closeReason,
                r.version());
    }
}
