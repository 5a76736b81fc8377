package org.openpathways.referrals.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.cases.PersonAccess;
import org.openpathways.referrals.Consents;
import org.openpathways.referrals.NewConsent;
import org.openpathways.referrals.NewReferral;
import org.openpathways.referrals.ProviderResponses;
import org.openpathways.referrals.Referrals;
import org.openpathways.referrals.ServiceType;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: three providers that between them offer every service, and referrals in every state on demo cases opened
 * for them: open, overdue (left unanswered past their due time), declined, closed, one sent without consent on a
 * supervisor's override, and a consent of the demo applicant on a case opened from her application, which she can
 * withdraw on her own page. Loaded once: nothing is added when the first provider is already in the directory.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoReferrals implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoReferrals.class);

    /** Each demo provider's member, its organisation's name (as in DemoAccounts) and what it offers. */
    static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider(
                    "service-provider@example.org",
                    "Safe Haven Shelter",
                    List.of(ServiceType.SHELTER, ServiceType.CHILD_PROTECTION, ServiceType.GENDER_BASED_VIOLENCE),
                    List.of("Capital district", "Northern border area"),
                    List.of("ar", "en", "fr"),
                    12),
            new DemoProvider(
                    "clinic@example.org",
                    "City Health Clinic",
                    List.of(ServiceType.HEALTH, ServiceType.PSYCHOSOCIAL),
                    List.of("Capital district"),
                    List.of("en", "fr", "sw"),
                    30),
            new DemoProvider(
                    "legal-aid@example.org",
                    "Legal Aid Centre",
                    List.of(ServiceType.LEGAL_AID, ServiceType.ANTI_TRAFFICKING, ServiceType.FAMILY_TRACING),
                    List.of("Capital district", "Coastal region"),
                    List.of("ar", "en", "es", "fr"),
                    20));

    private final DemoPeople people;
    private final Organisations organisations;
    private final ProviderRecords providers;
    private final ReferralRecords referralRecords;
    private final Cases cases;
    private final Consents consents;
    private final Referrals referrals;
    private final ProviderResponses responses;
    private final Applications applications;
    private final PersonAccess personAccess;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoReferrals(
            DemoPeople people,
            Organisations organisations,
            ProviderRecords providers,
            ReferralRecords referralRecords,
            Cases cases,
            Consents consents,
            Referrals referrals,
            ProviderResponses responses,
            Applications applications,
            PersonAccess personAccess,
            TransactionTemplate transactions,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.providers = providers;
        this.referralRecords = referralRecords;
        this.cases = cases;
        this.consents = consents;
        this.referrals = referrals;
        this.responses = responses;
        this.applications = applications;
        this.personAccess = personAccess;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Map<String, UUID> members = people.serviceProviders();
        Optional<UUID> consular = people.consular();
        Optional<UUID> caseworker = people.caseworker();
        Optional<UUID> supervisor = people.supervisor();
        if (members.size() < PROVIDERS.size() || consular.isEmpty() || caseworker.isEmpty() || supervisor.isEmpty()) {
            LOG.info("Demo referrals skipped: the demo accounts are not loaded");
            return;
        }
        UUID shelter = organisation(members.get(PROVIDERS.get(0).member()));
        if (providers.find(shelter).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> load(members, consular.get(), caseworker.get(), supervisor.get()));
        LOG.info("Demo referrals loaded");
    }

    private void load(Map<String, UUID> members, UUID consularId, UUID caseworkerId, UUID supervisorId) {
        for (DemoProvider provider : PROVIDERS) {
            providers.save(
                    organisation(members.get(provider.member())),
                    provider.name(),
                    provider.services(),
                    provider.areas(),
                    provider.languages(),
                    provider.capacity(),
                    null,
                    clock.instant());
        }
        CaseActor consular = staff(consularId, Role.CONSULAR);
        CaseActor caseworker = staff(caseworkerId, Role.CASEWORKER);
        CaseActor supervisor = staff(supervisorId, Role.SUPERVISOR);
        CaseActor shelter = provider(members, 0);
        CaseActor clinic = provider(members, 1);
        CaseActor legalAid = provider(members, 2);

        // A 15-year-old travelling alone: the guardian consents to a shelter referral, which the shelter accepted.
        CaseFile child = cases.open(
                consular,
                newCase(
                        "Yusuf Adam",
                        LocalDate.now(clock).minusYears(15),
                        "male",
                        "SDN",
                        List.of("ar"),
                        ContactPoint.BORDER,
                        "Northern border post",
                        null));
        consent(consular, child, shelter, "guardian", "Halima Adam", "identity", "needs", "languages");
        UUID childShelter = send(consular, child, shelter, ServiceType.SHELTER, "immediate", null, "identity", "needs");
        responses.accept(shelter, childShelter);

        // An adult met at the consulate: open, overdue, declined and closed referrals.
        CaseFile adult = cases.open(
                caseworker,
                newCase(
                        "Grace Achieng",
                        LocalDate.of(1990, 4, 2),
                        "female",
                        "KEN",
                        List.of("sw", "en"),
                        ContactPoint.CONSULATE,
                        "Consulate General, visa hall",
                        null));
        consent(caseworker, adult, clinic, "person", null, "identity", "contact", "languages");
        consent(caseworker, adult, legalAid, "person", null, "identity", "contact");
        send(caseworker, adult, clinic, ServiceType.PSYCHOSOCIAL, "medium", null, "identity", "languages");
        UUID overdue = send(caseworker, adult, clinic, ServiceType.HEALTH, "high", null, "identity", "contact");
        referralRecords.backdate(overdue, Duration.ofHours(7));
        UUID overdueLegal = send(caseworker, adult, legalAid, ServiceType.LEGAL_AID, "low", null, "identity");
        referralRecords.backdate(overdueLegal, Duration.ofDays(4));
        UUID declined = send(caseworker, adult, legalAid, ServiceType.FAMILY_TRACING, "medium", null, "identity");
        responses.decline(legalAid, declined, "Family tracing for Kenya is handled by the Red Cross office next door.");
        UUID closed = send(caseworker, adult, clinic, ServiceType.HEALTH, "low", null, "identity");
        responses.accept(clinic, closed);
        responses.deliver(clinic, closed, "Check-up done, no follow-up needed.");
        responses.close(clinic, closed, null);

        // Sent without consent on a supervisor's override, listed for supervisors.
        CaseFile unconsented = cases.open(
                caseworker,
                newCase(
                        "Lan Nguyen",
                        LocalDate.of(1998, 11, 20),
                        "female",
                        "VNM",
                        List.of("vi"),
                        ContactPoint.BORDER,
                        "Airport arrivals",
                        null));
        send(
                supervisor,
                unconsented,
                legalAid,
                ServiceType.ANTI_TRAFFICKING,
                "immediate",
                "Signs of trafficking at the airport; she could not be asked safely in front of her escort.",
                "identity");

        // A woman met at a land crossing, who has no application: the consular officer gave her a code, with which she
        // linked the case to her own account (lan.tran@example.org) and follows its consent and referral on /consents.
        Optional<UUID> lan = people.account("lan.tran@example.org");
        if (lan.isPresent()) {
            CaseFile crossing = cases.open(
                    consular,
                    newCase(
                            "Tran Thi Lan",
                            LocalDate.of(1996, 3, 8),
                            "female",
                            "VNM",
                            List.of("vi", "en"),
                            ContactPoint.BORDER,
                            "Southern land crossing",
                            null));
            consent(consular, crossing, legalAid, "person", null, "identity", "contact", "languages");
            send(consular, crossing, legalAid, ServiceType.LEGAL_AID, "medium", null, "identity", "languages");
            String code = personAccess.issueCode(consular, crossing.id()).code();
            personAccess.link(new CaseActor(lan.get(), null, Set.of(Role.APPLICANT)), code);
        }

        // The demo applicant's own consent, on a case opened from her application: she sees it on /consents.
        Optional<String> application = people.applicant().flatMap(this::firstApplication);
        if (application.isPresent()) {
            CaseFile amina = cases.open(
                    caseworker,
                    newCase(
                            "Amina Haddad",
                            LocalDate.of(1994, 6, 15),
                            "female",
                            "SYR",
                            List.of("ar"),
                            ContactPoint.APPLICATION,
                            "Application desk",
                            application.get()));
            consent(caseworker, amina, shelter, "person", null, "identity", "contact");
            send(caseworker, amina, shelter, ServiceType.GENDER_BASED_VIOLENCE, "high", null, "identity", "contact");
        }
    }

    private Optional<String> firstApplication(UUID applicant) {
        return applications.own(new Actor(applicant, Set.of(Role.APPLICANT))).stream()
                .map(ApplicationView::reference)
                .findFirst();
    }

    private void consent(
            CaseActor staff,
            CaseFile file,
            CaseActor provider,
            String givenBy,
            @Nullable String name,
            String... categories) {
        consents.record(
                staff,
                new NewConsent(
                        file.id(),
                        organisationOf(provider),
                        givenBy,
                        name,
                        List.of(categories),
                        LocalDate.now(clock).plusMonths(6)));
    }

    private UUID send(
            CaseActor staff,
            CaseFile file,
            CaseActor provider,
            ServiceType service,
            String urgency,
            @Nullable String overrideReason,
            String... categories) {
        return referrals
                .send(
                        staff,
                        new NewReferral(
                                file.id(),
                                organisationOf(provider),
                                service.code(),
                                urgency,
                                List.of(categories),
                                "Demo referral",
                                overrideReason))
                .id();
    }

    private CaseActor staff(UUID account, Role role) {
        return new CaseActor(account, organisation(account), Set.of(role));
    }

    private CaseActor provider(Map<String, UUID> members, int index) {
        UUID account = Objects.requireNonNull(members.get(PROVIDERS.get(index).member()));
        return new CaseActor(account, organisation(account), Set.of(Role.SERVICE_PROVIDER));
    }

    private static UUID organisationOf(CaseActor actor) {
        return Objects.requireNonNull(actor.organisationId());
    }

    private UUID organisation(UUID account) {
        return organisations.organisationOf(account).orElseThrow();
    }

    private NewCase newCase(
            String name,
            LocalDate born,
            String sex,
            String nationality,
            List<String> languages,
            ContactPoint point,
            String place,
            @Nullable String application) {
        // Met yesterday: a date that is in the past in every time zone.
        return new NewCase(
                name,
                born,
                sex,
                nationality,
                languages,
                null,
                point,
                place,
                LocalDate.now(clock).minusDays(1),
                application);
    }

    record DemoProvider(
            String member,
            String name,
            List<ServiceType> services,
            List<String> areas,
            List<String> languages,
            int capacity) {}
}
