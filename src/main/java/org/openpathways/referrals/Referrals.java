package org.openpathways.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ConsentRecords;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.openpathways.referrals.persistence.StoredReferral;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case to a provider's service. Staff who may see the case send them, with a live consent of the person
 * covering the data categories shared, or, for officers with the override permission ({@code SUPERVISOR},
 * {@code CHILD_PROTECTION}), a reason for sending without. The provider's members read them (only the shared data,
 * each read audited); what they answer is {@link ProviderResponses}.
 */
@Service
public class Referrals {

    /** The roles that may send a referral without consent, giving a reason (ADR 0019). */
    public static final Set<Role> OVERRIDE_ROLES = EnumSet.of(Role.SUPERVISOR, Role.CHILD_PROTECTION);

    static final String SENDING = "referral";
    static final String SERVICE_DELIVERY = "service-delivery";
    static final String FOLLOW_UP = "referral-follow-up";
    static final int LIST_LIMIT = 200;

    private final ReferralRecords referrals;
    private final ProviderRecords providers;
    private final ConsentRecords consents;
    private final Cases cases;
    private final ReferralViews views;
    private final ReferralsProperties properties;
    private final AuditTrail audit;
    private final RefusalAudit refusals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(
            ReferralRecords referrals,
            ProviderRecords providers,
            ConsentRecords consents,
            Cases cases,
            ReferralViews views,
            ReferralsProperties properties,
            AuditTrail audit,
            RefusalAudit refusals,
            ApplicationEventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.providers = providers;
        this.consents = consents;
        this.cases = cases;
        this.views = views;
        this.properties = properties;
        this.audit = audit;
        this.refusals = refusals;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a referral. Without a live consent for the provider covering every category, it is refused unless the
     * actor has the override permission and gives a reason; the override is audited and listed for supervisors.
     *
     * @throws ProblemException 422 naming a field for an unknown service, urgency or category, a provider not in the
     *     directory, or a service the provider does not offer; 422 {@code referrals.consent-required} (with the
     *     {@code missing} categories) when no consent covers them and no override reason is given; 403
     *     {@code referrals.override-not-permitted} (audited) when the actor may not override; 404 when the actor may
     *     not see the case
     */
    @Transactional
    public ReferralView send(CaseActor actor, NewReferral referral) {
        ServiceType service =
                ServiceType.ofCode(referral.service()).orElseThrow(() -> Inputs.invalid("service-unknown", "service"));
        Urgency urgency =
                Urgency.ofCode(referral.urgency()).orElseThrow(() -> Inputs.invalid("urgency-unknown", "urgency"));
        Set<DataCategory> categories = Inputs.categories(referral.categories());
        String note = Inputs.optionalText(referral.note(), "note", Inputs.MAX_TEXT);
        String overrideReason = Inputs.optionalText(referral.overrideReason(), "overrideReason", Inputs.MAX_TEXT);
        ProviderEntry provider = providers
                .find(referral.providerOrganisationId())
                .orElseThrow(() -> Inputs.invalid("provider-unknown", "providerOrganisationId"));
        if (!provider.offers(service)) {
            throw Inputs.invalid("service-not-offered", "service");
        }
        if (!cases.visibleTo(actor, referral.caseId())) {
            throw caseNotFound();
        }
        Optional<Consent> consent = consents.live(referral.caseId(), provider.organisationId(), today()).stream()
                .filter(candidate -> candidate.covers(categories))
                .findFirst();
        if (consent.isEmpty()) {
            requireOverride(actor, referral.caseId(), categories, provider.organisationId(), overrideReason);
        }
        CaseFile file = cases.find(actor, referral.caseId(), SENDING);
        Instant now = clock.instant();
        StoredReferral stored = new StoredReferral(
                UUID.randomUUID(),
                file.id(),
                file.organisationId(),
                provider.organisationId(),
                provider.name(),
                service,
                urgency,
                categories,
                consent.map(Consent::id).orElse(null),
                consent.isPresent() ? null : overrideReason,
                consent.isPresent() ? null : actor.account(),
                note,
                ReferralStatus.SENT,
                actor.account(),
                actor.organisationId(),
                now,
                now.plus(properties.responseTime(urgency)),
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        referrals.insert(stored);
        audit.record(AuditRecord.of("referrals.sent", "referral", stored.id(), SENDING)
                .with("case", file.id().toString())
                .with("provider", provider.organisationId().toString())
                .with("service", service.code())
                .with("urgency", urgency.code())
                .with("categories", String.join(",", Consents.sortedCodes(categories)))
                .with("consent", consent.map(c -> c.id().toString()).orElse("overridden")));
        if (consent.isEmpty()) {
            audit.record(AuditRecord.of("referrals.consent-overridden", "referral", stored.id(), SENDING)
                    .with("case", file.id().toString()));
        }
        events.publishEvent(new ReferralSent(stored.id(), provider.organisationId()));
        return views.staff(referrals.find(stored.id()).orElseThrow(), now);
    }

    private void requireOverride(
            CaseActor actor,
            UUID caseId,
            Set<DataCategory> categories,
            UUID provider,
            @Nullable String overrideReason) {
        if (overrideReason == null) {
            Set<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
            consents.live(caseId, provider, today()).forEach(live -> covered.addAll(live.categories()));
            List<String> missing = categories.stream()
                    .filter(category -> !covered.contains(category))
                    .map(DataCategory::code)
                    .sorted()
                    .toList();
            throw ProblemException.unprocessable("referrals.consent-required", String.join(", ", missing))
                    .with("field", "categories")
                    .with("missing", missing);
        }
        if (actor.roles().stream().noneMatch(OVERRIDE_ROLES::contains)) {
            refusals.record(AuditRecord.of("referrals.override-refused", "case", caseId, SENDING)
                    .with("provider", provider.toString()));
            throw new ProblemException(HttpStatus.FORBIDDEN, "referrals.override-not-permitted")
                    .with("field", "overrideReason");
        }
    }

    /**
     * A referral for its provider's members (only the shared data, and nothing once the consent is withdrawn or
     * expired) or for staff who may see its case; every read is audited with its purpose.
     *
     * @throws ProblemException 404 {@code referrals.not-found} for anyone else, another provider included
     */
    @Transactional
    public ReferralView find(CaseActor actor, UUID id) {
        StoredReferral referral = referrals.find(id).orElseThrow(Referrals::notFound);
        Instant now = clock.instant();
        if (isProvider(actor, referral)) {
            audit.record(AuditRecord.of("referrals.read", "referral", id, SERVICE_DELIVERY)
                    .with("as", "provider"));
            return views.provider(referral, now);
        }
        if (isStaffFollowing(actor, referral)) {
            audit.record(
                    AuditRecord.of("referrals.read", "referral", id, FOLLOW_UP).with("as", "referrer"));
            return views.staff(referral, now);
        }
        throw notFound();
    }

    static ReferralSummary summary(StoredReferral referral, Instant now) {
        return new ReferralSummary(
                referral.id(),
                referral.providerOrganisationId(),
                referral.providerName(),
                referral.service(),
                referral.urgency(),
                referral.status(),
                referral.sentAt(),
                referral.dueAt(),
                referral.status() == ReferralStatus.SENT && referral.dueAt().isBefore(now),
                referral.overrideReason() != null);
    }

    static boolean isProvider(CaseActor actor, StoredReferral referral) {
        return referral.providerOrganisationId().equals(providerOrganisation(actor));
    }

    private boolean isStaffFollowing(CaseActor actor, StoredReferral referral) {
        return isReferringStaff(actor)
                && (referral.referredBy().equals(actor.account()) || cases.visibleTo(actor, referral.caseId()));
    }

    static @Nullable UUID providerOrganisation(CaseActor actor) {
        return actor.roles().contains(Role.SERVICE_PROVIDER) ? actor.organisationId() : null;
    }

    static boolean isReferringStaff(CaseActor actor) {
        return actor.roles().stream()
                .anyMatch(role -> role == Role.CONSULAR
                        || role == Role.CASEWORKER
                        || role == Role.SUPERVISOR
                        || role == Role.CHILD_PROTECTION);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("referrals.not-found");
    }

    static ProblemException caseNotFound() {
        return ProblemException.notFound("referrals.case-not-found");
    }
}
