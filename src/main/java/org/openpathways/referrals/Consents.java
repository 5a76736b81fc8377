package org.openpathways.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.PersonAccess;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ConsentRecords;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents to share a case's data with a provider: recorded by staff who may see the case, read by them and by the
 * person whose case it is (through the application the case was opened on), and withdrawn by either. Withdrawal takes
 * effect in its transaction: the provider's next read shows no data, and the open referrals relying on it are revoked.
 */
@Service
public class Consents {

    static final String PURPOSE = "referral-consent";

    private final ConsentRecords consents;
    private final ProviderRecords providers;
    private final ReferralRecords referrals;
    private final Cases cases;
    private final PersonApplications personApplications;
    private final PersonAccess personAccess;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(
            ConsentRecords consents,
            ProviderRecords providers,
            ReferralRecords referrals,
            Cases cases,
            PersonApplications personApplications,
            PersonAccess personAccess,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.providers = providers;
        this.referrals = referrals;
        this.cases = cases;
        this.personApplications = personApplications;
        this.personAccess = personAccess;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a consent given for the case.
     *
     * @throws ProblemException 404 when the actor may not see the case; 422 {@code referrals.category-unknown},
     *     {@code referrals.consent-expired} (a day already past), {@code referrals.giver-unknown},
     *     {@code referrals.giver-name-missing}, {@code referrals.provider-unknown}, each naming its field
     */
    @Transactional
    public Consent record(CaseActor actor, NewConsent consent) {
        ConsentGiver giver =
                ConsentGiver.ofCode(consent.givenBy()).orElseThrow(() -> Inputs.invalid("giver-unknown", "givenBy"));
        String giverName =
                giver.named() ? Inputs.requiredText(consent.giverName(), "giverName", "giver-name-missing") : null;
        if (giverName != null && giverName.length() > 200) {
            throw Inputs.invalid("text-invalid", "giverName");
        }
        Set<DataCategory> categories = Inputs.categories(consent.categories());
        if (consent.validUntil().isBefore(today())) {
            throw Inputs.invalid("consent-expired", "validUntil");
        }
        String providerName = providers
                .find(consent.organisationId())
                .orElseThrow(() -> Inputs.invalid("provider-unknown", "organisationId"))
                .name();
        CaseFile file = cases.find(actor, consent.caseId(), PURPOSE);
        Consent recorded = new Consent(
                UUID.randomUUID(),
                file.id(),
                consent.organisationId(),
                providerName,
                giver,
                giverName,
                categories,
                consent.validUntil(),
                clock.instant(),
                null,
                0);
        consents.insert(recorded, file.applicationReference(), actor.account());
        audit.record(AuditRecord.of("referrals.consent-recorded", "consent", recorded.id(), PURPOSE)
                .with("case", file.id().toString())
                .with("organisation", consent.organisationId().toString())
                .with("categories", String.join(",", sortedCodes(categories)))
                .with("given-by", giver.code()));
        return recorded;
    }

    /**
     * The consents of a case, for staff who may see it; the read shows parents' and guardians' names, so it is audited.
     *
     * @throws ProblemException 404 when the actor may not see the case
     */
    @Transactional
    public List<Consent> ofCase(CaseActor actor, UUID caseId) {
        requireVisible(actor, caseId);
        audit.record(AuditRecord.of("referrals.consents-read", "case", caseId, PURPOSE));
        return consents.ofCase(caseId);
    }

    /**
     * The consents on the person's cases: those linked to their account with a code from staff ({@link PersonAccess})
     * and those opened on their own applications.
     */
    @Transactional(readOnly = true)
    public List<Consent> ofPerson(UUID account) {
        return consents.ofCasesOrApplications(personAccess.casesOf(account), personApplications.referencesOf(account));
    }

    /** The referrals made on the person's cases (no contents, only who, what and where). */
    @Transactional(readOnly = true)
    public List<ReferralSummary> referralsOfPerson(UUID account) {
        return ofPersonWithReferrals(account).referrals();
    }

    /** The person's consents and the referrals made on their cases, for their page: their cases are found once. */
    @Transactional(readOnly = true)
    public PersonsRecords ofPersonWithReferrals(UUID account) {
        List<UUID> linked = personAccess.casesOf(account);
        List<Consent> theirs = consents.ofCasesOrApplications(linked, personApplications.referencesOf(account));
        Set<UUID> caseIds = new LinkedHashSet<>(linked);
        theirs.forEach(consent -> caseIds.add(consent.caseId()));
        return new PersonsRecords(theirs, referrals.ofCases(List.copyOf(caseIds), clock.instant()));
    }

    /** What the person's own page shows: their consents and their referrals' summaries. */
    public record PersonsRecords(List<Consent> consents, List<ReferralSummary> referrals) {}

    /**
     * Links a case to the person's own account with the code staff gave them.
     *
     * @throws ProblemException as {@link PersonAccess#link}
     */
    @Transactional
    public void linkCase(CaseActor person, @Nullable String code) {
        personAccess.link(person, code);
    }

    /**
     * Withdraws a consent, as staff who may see its case or as the person whose case it is. From this transaction on
     * the provider sees none of the case's data through it, and the open referrals relying on it are revoked.
     *
     * @throws ProblemException 404 when the consent does not exist or the actor may not act on it; 409
     *     {@code referrals.consent-withdrawn} when it already was
     */
    @Transactional
    public Consent withdraw(CaseActor actor, UUID consentId) {
        Consent consent = consents.lock(consentId).orElseThrow(Consents::notFound);
        boolean person = actor.roles().contains(Role.APPLICANT) && ownedByPerson(actor.account(), consentId);
        if (!person && !staffMayAct(actor, consent.caseId())) {
            throw notFound();
        }
        Instant now = clock.instant();
        if (!consents.withdraw(consentId, "account:" + actor.account(), now)) {
            throw ProblemException.conflict("referrals.consent-withdrawn");
        }
        List<UUID> revoked = referrals.revokeOpen(consentId, now);
        audit.record(AuditRecord.of("referrals.consent-withdrawn", "consent", consentId, PURPOSE)
                .with("by", person ? "person" : "staff")
                .with("revoked-referrals", String.valueOf(revoked.size())));
        for (UUID referral : revoked) {
            audit.record(AuditRecord.of("referrals.revoked", "referral", referral, PURPOSE)
                    .with("consent", consentId.toString()));
            events.publishEvent(new ReferralRevoked(referral, consent.organisationId()));
        }
        events.publishEvent(new ConsentWithdrawn(consentId, consent.caseId(), consent.organisationId()));
        return consents.find(consentId).orElseThrow();
    }

    private boolean ownedByPerson(UUID account, UUID consentId) {
        return ofPerson(account).stream().anyMatch(consent -> consent.id().equals(consentId));
    }

    private boolean staffMayAct(CaseActor actor, UUID caseId) {
        return !actor.roles().contains(Role.APPLICANT) && cases.visibleTo(actor, caseId);
    }

    private void requireVisible(CaseActor actor, UUID caseId) {
        if (!staffMayAct(actor, caseId)) {
            throw ProblemException.notFound("referrals.case-not-found");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<String> sortedCodes(Set<DataCategory> categories) {
        return categories.stream().map(DataCategory::code).sorted().toList();
    }

    static ProblemException notFound() {
        return ProblemException.notFound("referrals.consent-not-found");
    }
}
