package org.openpathways.referrals;

import java.util.UUID;

/** Published when a referral is sent to a provider: ids only, never personal data. */
public record ReferralSent(UUID referralId, UUID providerOrganisationId) {}
