package org.openpathways.referrals;

import java.util.UUID;

/** Published when a provider closes a referral: ids only, never personal data. */
public record ReferralClosed(UUID referralId, UUID providerOrganisationId) {}
