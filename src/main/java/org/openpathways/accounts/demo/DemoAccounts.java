package org.openpathways.accounts.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.accounts.persistence.StoredOrganisations;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: one organisation of each kind and one person per role, all with the same published password, so a
 * newcomer can see the platform through every pair of eyes. Runs at each start and adds only what is missing.
 */
@Component
@ConditionalOnProperty(name = "openpathways.demo.enabled", havingValue = "true")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "pathways-demo-2026";
    static final String ACTOR = "system:demo-data";

    private final StoredOrganisations organisations;
    private final StoredAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAccounts(
            StoredOrganisations organisations,
            StoredAccounts accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The demo people: e-mail address, name, role, organisation (null for the applicant), language. */
    static List<DemoPerson> people() {
        return List.of(
                new DemoPerson("applicant@example.org", "Amina Haddad", Role.APPLICANT, null, Language.ARABIC),
                new DemoPerson("moussa.diop@example.org", "Moussa Diop", Role.APPLICANT, null, Language.FRENCH),
                new DemoPerson("maria.flores@example.org", "María Flores", Role.APPLICANT, null, Language.SPANISH),
                new DemoPerson("omar.khalil@example.org", "Omar Khalil", Role.APPLICANT, null, Language.ARABIC),
                new DemoPerson("grace.mwangi@example.org", "Grace Mwangi", Role.APPLICANT, null, Language.ENGLISH),
                new DemoPerson("lan.tran@example.org", "Tran Thi Lan", Role.APPLICANT, null, Language.ENGLISH),
                new DemoPerson(
                        "employer@example.org",
                        "Lucía Fernández",
                        Role.EMPLOYER,
                        "Green Valley Farms",
                        Language.SPANISH),
                new DemoPerson(
                        "agency@example.org", "Kwame Mensah", Role.AGENCY, "FairHire Recruitment", Language.ENGLISH),
                new DemoPerson(
                        "caseworker@example.org",
                        "Claire Dubois",
                        Role.CASEWORKER,
                        "Migration Authority",
                        Language.FRENCH),
                new DemoPerson(
                        "supervisor@example.org",
                        "Rahul Mehta",
                        Role.SUPERVISOR,
                        "Migration Authority",
                        Language.ENGLISH),
                new DemoPerson(
                        "reviewer@example.org", "Sofia Rossi", Role.REVIEWER, "Migration Authority", Language.ENGLISH),
                new DemoPerson(
                        "child-protection@example.org",
                        "Fatou Diallo",
                        Role.CHILD_PROTECTION,
                        "Child Protection Service",
                        Language.FRENCH),
                new DemoPerson(
                        "service-provider@example.org",
                        "Omar Khalil",
                        Role.SERVICE_PROVIDER,
                        "Safe Haven Shelter",
                        Language.ARABIC),
                new DemoPerson(
                        "inspector@example.org",
                        "Ana Pereira",
                        Role.INSPECTOR,
                        "Labour Inspectorate",
                        Language.SPANISH),
                new DemoPerson(
                        "assessor@example.org",
                        "Jonas Berg",
                        Role.ASSESSOR,
                        "Qualifications Authority",
                        Language.ENGLISH),
                new DemoPerson(
                        "consular@example.org", "Nadia Benali", Role.CONSULAR, "Consulate General", Language.FRENCH),
                new DemoPerson(
                        "analyst@example.org", "Li Wei", Role.ANALYST, "National Statistics Office", Language.ENGLISH),
                new DemoPerson(
                        "admin@example.org", "Samuel Okoro", Role.ADMIN, "Platform Operations", Language.ENGLISH),
                new DemoPerson(
                        "auditor@example.org",
                        "Ingrid Larsen",
                        Role.AUDITOR,
                        "Data Protection Office",
                        Language.ENGLISH),
                // screening: two more child-protection officers, so that a best-interests panel has three members
                new DemoPerson(
                        "child-protection-2@example.org",
                        "Joseph Kamau",
                        Role.CHILD_PROTECTION,
                        "Child Protection Service",
                        Language.ENGLISH),
                new DemoPerson(
                        "child-protection-3@example.org",
                        "Layla Mansour",
                        Role.CHILD_PROTECTION,
                        "Child Protection Service",
                        Language.ARABIC),
                // referrals: members of two more service providers, so that every service has a provider
                new DemoPerson(
                        "clinic@example.org",
                        "Dr. Amara Okafor",
                        Role.SERVICE_PROVIDER,
                        "City Health Clinic",
                        Language.ENGLISH),
                new DemoPerson(
                        "legal-aid@example.org",
                        "Julien Moreau",
                        Role.SERVICE_PROVIDER,
                        "Legal Aid Centre",
                        Language.FRENCH));
    }

    static Map<String, OrganisationKind> organisationKinds() {
        Map<String, OrganisationKind> kinds = new LinkedHashMap<>();
        kinds.put("Migration Authority", OrganisationKind.MIGRATION_AUTHORITY);
        kinds.put("Child Protection Service", OrganisationKind.CHILD_PROTECTION_SERVICE);
        kinds.put("Consulate General", OrganisationKind.CONSULATE);
        kinds.put("Labour Inspectorate", OrganisationKind.LABOUR_INSPECTORATE);
        kinds.put("Qualifications Authority", OrganisationKind.QUALIFICATION_BODY);
        kinds.put("Safe Haven Shelter", OrganisationKind.SERVICE_PROVIDER);
        kinds.put("Green Valley Farms", OrganisationKind.EMPLOYER);
        kinds.put("FairHire Recruitment", OrganisationKind.RECRUITMENT_AGENCY);
        kinds.put("National Statistics Office", OrganisationKind.STATISTICS_OFFICE);
        kinds.put("Data Protection Office", OrganisationKind.OVERSIGHT_BODY);
        kinds.put("Platform Operations", OrganisationKind.PLATFORM_OPERATOR);
        // referrals: more service providers (health and psychosocial; legal aid, anti-trafficking, family tracing)
        kinds.put("City Health Clinic", OrganisationKind.SERVICE_PROVIDER);
        kinds.put("Legal Aid Centre", OrganisationKind.SERVICE_PROVIDER);
        return kinds;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        Instant now = clock.instant();
        Map<String, UUID> organisationIds = new LinkedHashMap<>();
        organisations.page(0, 1000).forEach(o -> organisationIds.put(o.name(), o.id()));
        organisationKinds()
                .forEach((name, kind) -> organisationIds.computeIfAbsent(name, missing -> {
                    Organisation organisation = new Organisation(UUID.randomUUID(), name, kind, now, 0);
                    organisations.insert(organisation);
                    audit.record(AuditRecord.of(
                                    "accounts.organisation-created", "organisation", organisation.id(), "demo-data")
                            .by(ACTOR));
                    return organisation.id();
                }));
        String hash = null;
        for (DemoPerson person : people()) {
            EmailAddress email = EmailAddress.parse(person.email()).orElseThrow();
            if (accounts.existsWithEmail(email)) {
                continue;
            }
            if (hash == null) {
                hash = passwords.encode(PASSWORD);
            }
            UUID organisation = person.organisation() == null ? null : organisationIds.get(person.organisation());
            Account account = new Account(
                    UUID.randomUUID(),
                    email,
                    person.name(),
                    hash,
                    org.openpathways.accounts.domain.AccountStatus.ACTIVE,
                    organisation,
                    person.language(),
                    EnumSet.of(person.role()),
                    null,
                    null,
                    null,
                    now,
                    now,
                    0);
            accounts.insert(account);
            audit.record(AuditRecord.of("accounts.member-created", "account", account.id(), "demo-data")
                    .by(ACTOR));
        }
    }

    record DemoPerson(String email, String name, Role role, String organisation, Language language) {}
}
