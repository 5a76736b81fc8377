package org.openpathways.referrals;

import java.util.UUID;

/** Published when a withdrawn consent revokes an open referral: ids only, never personal data. */
public record ReferralRevoked(UUID referralId, UUID providerOrganisationId) {}
