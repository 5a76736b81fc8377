package org.openpathways.referrals;

import java.util.UUID;

/** Published when a consent is withdrawn: from then on the provider sees none of the case's data. */
public record ConsentWithdrawn(UUID consentId, UUID caseId, UUID organisationId) {}
