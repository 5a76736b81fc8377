package org.openpathways.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral in a list (inbox, referrer's list, dashboards): nothing about the person, so lists are not audited reads.
 * Overdue means still unanswered at its due time.
 */
public record ReferralSummary(
        UUID id,
        UUID providerOrganisationId,
        String providerName,
        ServiceType service,
        Urgency urgency,
        ReferralStatus status,
        Instant sentAt,
        Instant dueAt,
        boolean overdue,
        boolean consentOverridden) {}
