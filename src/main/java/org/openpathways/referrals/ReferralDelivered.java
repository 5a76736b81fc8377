package org.openpathways.referrals;

import java.util.UUID;

/** Published when a provider records that it delivered the service: ids only, never personal data. */
public record ReferralDelivered(UUID referralId, UUID providerOrganisationId) {}
