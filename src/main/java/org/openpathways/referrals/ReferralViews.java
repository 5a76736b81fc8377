package org.openpathways.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.openpathways.referrals.persistence.ConsentRecords;
import org.openpathways.referrals.persistence.StoredReferral;
import org.springframework.stereotype.Component;

/** A referral as each side sees it: its provider's members, or the staff who referred the person. */
@Component
class ReferralViews {

    private final ConsentRecords consents;
    private final SharedDataReader sharedData;
    private final Clock clock;

    ReferralViews(ConsentRecords consents, SharedDataReader sharedData, Clock clock) {
        this.consents = consents;
        this.sharedData = sharedData;
        this.clock = clock;
    }

    /** What the provider's members see: the shared data, read live, and nothing once consent ends. */
    ReferralView provider(StoredReferral referral, Instant now) {
        Optional<Consent> consent =
                referral.consentId() == null ? Optional.empty() : consents.find(referral.consentId());
        boolean consentLive = consent.map(c -> c.live(today())).orElse(false);
        Set<DataCategory> shared = SharingRule.shared(referral.status(), referral.categories(), consent, today());
        return new ReferralView(
                Referrals.summary(referral, now),
                null,
                referral.categories(),
                referral.note(),
                null,
                referral.declineReason(),
                referral.deliveryNote(),
                referral.closeReason(),
                referral.answeredAt(),
                referral.deliveredAt(),
                referral.closedAt(),
                consentLive,
                sharedData.read(referral.caseId(), shared),
                true,
                referral.version());
    }

    /** What the referring staff see: the referral and its answers, never the shared data. */
    ReferralView staff(StoredReferral referral, Instant now) {
        boolean consentLive = referral.consentId() != null
                && consents.find(referral.consentId()).map(c -> c.live(today())).orElse(false);
        return new ReferralView(
                Referrals.summary(referral, now),
                referral.caseId(),
                referral.categories(),
                referral.note(),
                referral.overrideReason(),
                referral.declineReason(),
                referral.deliveryNote(),
                referral.closeReason(),
                referral.answeredAt(),
                referral.deliveredAt(),
                referral.closedAt(),
                consentLive,
                SharedData.nothing(),
                false,
                referral.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
