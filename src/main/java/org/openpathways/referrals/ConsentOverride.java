package org.openpathways.referrals;

import java.time.Instant;
import java.util.UUID;

/** A referral sent without consent, as supervisors review it: who overrode, when, to whom and why. */
public record ConsentOverride(
        UUID referralId,
        UUID caseId,
        String providerName,
        ServiceType service,
        ReferralStatus status,
        UUID overriddenBy,
        Instant sentAt,
        String reason) {}
