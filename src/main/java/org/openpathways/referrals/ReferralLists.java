package org.openpathways.referrals;

import static org.openpathways.referrals.Referrals.LIST_LIMIT;
import static org.openpathways.referrals.Referrals.isReferringStaff;
import static org.openpathways.referrals.Referrals.providerOrganisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.Page;
import org.openpathways.platform.api.PageQuery;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of referrals: the provider's inbox, what an organisation sent, a case's referrals, the overdue ones on each
 * side's dashboard and the supervisors' list of referrals sent without consent. Summaries only (service, provider,
 * status, times); the shared data is read, and audited, only by opening a referral ({@link Referrals#find}).
 */
@Service
public class ReferralLists {

    private final ReferralRecords referrals;
    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralLists(ReferralRecords referrals, Cases cases, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The provider's inbox: its referrals, filtered by status and urgency if given, by due time. */
    @Transactional(readOnly = true)
    public Page<ReferralSummary> inbox(
            CaseActor actor, @Nullable ReferralStatus status, @Nullable Urgency urgency, PageQuery page) {
        UUID provider = providerOrganisation(actor);
        if (provider == null) {
            return Page.of(List.of(), page, 0);
        }
        Instant now = clock.instant();
        return Page.of(
                referrals.inbox(provider, status, urgency, now, page.offset(), page.size()),
                page,
                referrals.countInbox(provider, status, urgency));
    }

    /** The referrals the actor's organisation sent, overdue ones first. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> sentByOrganisation(CaseActor actor) {
        if (actor.organisationId() == null || !isReferringStaff(actor)) {
            return List.of();
        }
        return referrals.sentBy(actor.organisationId(), clock.instant(), LIST_LIMIT);
    }

    /**
     * A case's referrals (no personal data: service, provider, status, due time) for referring staff who may see the
     * case, the most recent first; nothing for anyone else, providers included.
     */
    @Transactional(readOnly = true)
    public List<ReferralSummary> ofCase(CaseActor actor, UUID caseId) {
        if (!isReferringStaff(actor) || !cases.visibleTo(actor, caseId)) {
            return List.of();
        }
        return referrals.ofCase(caseId, clock.instant(), LIST_LIMIT);
    }

    /** The dashboard's overdue referrals: addressed to the actor's provider, or sent by the actor's organisation. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> overdue(CaseActor actor) {
        UUID provider = providerOrganisation(actor);
        if (provider != null) {
            return referrals.overdue(provider, true, clock.instant());
        }
        if (actor.organisationId() == null || !isReferringStaff(actor)) {
            return List.of();
        }
        return referrals.overdue(actor.organisationId(), false, clock.instant());
    }

    /**
     * Referrals sent without consent on the supervisor's organisation's cases or by its staff, with their reasons; the
     * read is audited.
     */
    @Transactional
    public List<ConsentOverride> overrides(CaseActor supervisor) {
        if (!supervisor.roles().contains(Role.SUPERVISOR)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "referrals.supervisors-only");
        }
        if (supervisor.organisationId() == null) {
            return List.of();
        }
        audit.record(
                AuditRecord.of("referrals.overrides-read", "organisation", supervisor.organisationId(), "oversight"));
        return referrals.overrides(supervisor.organisationId(), LIST_LIMIT).stream()
                .map(referral -> new ConsentOverride(
                        referral.id(),
                        referral.caseId(),
                        referral.providerName(),
                        referral.service(),
                        referral.status(),
                        Objects.requireNonNull(referral.overriddenBy()),
                        referral.sentAt(),
                        Objects.requireNonNull(referral.overrideReason())))
                .toList();
    }
}
