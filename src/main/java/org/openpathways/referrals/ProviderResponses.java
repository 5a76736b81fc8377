package org.openpathways.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseActor;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.openpathways.referrals.persistence.StoredReferral;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider answers to a referral sent to it ({@link Referrals}): it accepts (within its capacity) or declines,
 * records delivery, and closes. Only members of the provider may; each answer is audited with the read it shows.
 */
@Service
public class ProviderResponses {

    private final ReferralRecords referrals;
    private final ProviderRecords providers;
    private final ReferralViews views;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderResponses(
            ReferralRecords referrals,
            ProviderRecords providers,
            ReferralViews views,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.providers = providers;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The provider accepts the referral.
     *
     * @throws ProblemException 404 unless the actor is a member of the provider; 409
     *     {@code referrals.already-accepted}, {@code referrals.wrong-status} or {@code referrals.capacity-full}
     */
    @Transactional
    public ReferralView accept(CaseActor actor, UUID id) {
        StoredReferral referral = lockForProvider(actor, id);
        if (referral.status() == ReferralStatus.ACCEPTED) {
            throw ProblemException.conflict("referrals.already-accepted");
        }
        requireStatus(referral, ReferralStatus.SENT);
        ProviderEntry provider =
                providers.lock(referral.providerOrganisationId()).orElseThrow();
        if (provider.inUse() >= provider.capacity()) {
            throw ProblemException.conflict("referrals.capacity-full");
        }
        Instant now = clock.instant();
        return change(
                referral,
                ReferralAnswers.accepted(referral, now),
                "referrals.accepted",
                new ReferralAccepted(id, referral.providerOrganisationId()),
                now);
    }

    /**
     * The provider declines the referral, saying why.
     *
     * @throws ProblemException 404 unless the actor is a member of the provider; 422
     *     {@code referrals.decline-reason-missing}; 409 {@code referrals.wrong-status}
     */
    @Transactional
    public ReferralView decline(CaseActor actor, UUID id, @Nullable String reason) {
        String checked = Inputs.requiredText(reason, "reason", "decline-reason-missing");
        StoredReferral referral = lockForProvider(actor, id);
        requireStatus(referral, ReferralStatus.SENT);
        Instant now = clock.instant();
        return change(
                referral,
                ReferralAnswers.declined(referral, checked, now),
                "referrals.declined",
                new ReferralDeclined(id, referral.providerOrganisationId()),
                now);
    }

    /**
     * The provider records that it delivered the service.
     *
     * @throws ProblemException 404 unless the actor is a member of the provider; 409 {@code referrals.wrong-status}
     *     unless accepted
     */
    @Transactional
    public ReferralView deliver(CaseActor actor, UUID id, @Nullable String note) {
        String checked = Inputs.optionalText(note, "note", Inputs.MAX_TEXT);
        StoredReferral referral = lockForProvider(actor, id);
        requireStatus(referral, ReferralStatus.ACCEPTED);
        Instant now = clock.instant();
        return change(
                referral,
                ReferralAnswers.delivered(referral, checked, now),
                "referrals.delivered",
                new ReferralDelivered(id, referral.providerOrganisationId()),
                now);
    }

    /**
     * The provider closes the referral; closing one accepted but not delivered needs a reason.
     *
     * @throws ProblemException 404 unless the actor is a member of the provider; 422
     *     {@code referrals.close-reason-required} for an undelivered referral without a reason; 409
     *     {@code referrals.wrong-status} unless accepted or delivered
     */
    @Transactional
    public ReferralView close(CaseActor actor, UUID id, @Nullable String reason) {
        String checked = Inputs.optionalText(reason, "reason", Inputs.MAX_TEXT);
        StoredReferral referral = lockForProvider(actor, id);
        if (referral.status() != ReferralStatus.DELIVERED) {
            requireStatus(referral, ReferralStatus.ACCEPTED);
            if (checked == null) {
                throw Inputs.invalid("close-reason-required", "reason");
            }
        }
        Instant now = clock.instant();
        return change(
                referral,
                ReferralAnswers.closed(referral, checked, now),
                "referrals.closed",
                new ReferralClosed(id, referral.providerOrganisationId()),
                now);
    }

    private ReferralView change(StoredReferral before, StoredReferral after, String action, Object event, Instant now) {
        referrals.update(after, before.version());
        audit.record(AuditRecord.of(action, "referral", before.id(), Referrals.SERVICE_DELIVERY)
                .with("status", after.status().code()));
        // The answer shows the provider the referral again, shared data included: a read like any other.
        audit.record(AuditRecord.of("referrals.read", "referral", before.id(), Referrals.SERVICE_DELIVERY)
                .with("as", "provider"));
        events.publishEvent(event);
        return views.provider(referrals.find(before.id()).orElseThrow(), now);
    }

    private StoredReferral lockForProvider(CaseActor actor, UUID id) {
        StoredReferral referral = referrals.lock(id).orElseThrow(Referrals::notFound);
        if (!Referrals.isProvider(actor, referral)) {
            throw Referrals.notFound();
        }
        return referral;
    }

    private static void requireStatus(StoredReferral referral, ReferralStatus expected) {
        if (referral.status() != expected) {
            throw ProblemException.conflict(
                            "referrals.wrong-status", referral.status().code())
                    .with("currentStatus", referral.status().code());
        }
    }
}
