package org.openpathways.referrals;

import java.util.UUID;

/** Published when a provider declines a referral: ids only, never personal data. */
public record ReferralDeclined(UUID referralId, UUID providerOrganisationId) {}
