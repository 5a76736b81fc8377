package org.openpathways.referrals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of a referral's categories its provider may see now. With a consent: those the consent covers, only while it
 * is live (not withdrawn, not expired). Sent on an override: the categories the officer named. Nothing at all once the
 * referral is declined or revoked.
 */
final class SharingRule {

    private SharingRule() {}

    static Set<DataCategory> shared(
            ReferralStatus status, Set<DataCategory> named, Optional<Consent> consent, LocalDate today) {
        if (status == ReferralStatus.DECLINED || status == ReferralStatus.REVOKED) {
            return Set.of();
        }
        if (consent.isEmpty()) {
            return Set.copyOf(named);
        }
        if (!consent.get().live(today)) {
            return Set.of();
        }
        Set<DataCategory> shared = EnumSet.noneOf(DataCategory.class);
        shared.addAll(named);
        shared.retainAll(consent.get().categories());
        return shared;
    }
}
