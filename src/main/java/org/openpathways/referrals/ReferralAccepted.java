package org.openpathways.referrals;

import java.util.UUID;

/** Published when a provider accepts a referral: ids only, never personal data. */
public record ReferralAccepted(UUID referralId, UUID providerOrganisationId) {}
