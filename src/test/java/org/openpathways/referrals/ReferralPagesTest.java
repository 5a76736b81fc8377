package org.openpathways.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Registration;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.applications.Applications;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral pages without JavaScript: the person's consents with the withdraw button, the provider's answers with
 * translated errors, the referral form's refusal, and the administrators' directory.
 */
@IntegrationTest
class ReferralPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProviderRecords providerRecords;

    @Autowired
    Cases cases;

    @Autowired
    Consents consents;

    @Autowired
    Referrals referrals;

    @Autowired
    Applications applications;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoCatalogue catalogue;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    TransactionTemplate transactions;

    private ReferralFixtures fixtures;
    private UUID shelter;
    private Member shelterWorker;
    private Member caseworker;

    @BeforeEach
    void aShelterAndACaseworker() {
        fixtures = new ReferralFixtures(jdbc, providerRecords, cases, transactions);
        shelter = fixtures.aProvider(ServiceType.SHELTER);
        shelterWorker = fixtures.aMember(shelter, Role.SERVICE_PROVIDER);
        caseworker = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
    }

    @Test
    void thePersonSeesTheirConsentsAndWithdrawsOneAndTheProviderThenSeesNothing() throws Exception {
        catalogue.load();
        UUID person = applicant();
        String reference = transactions.execute(status -> applications
                .start(new Actor(person, Set.of(Role.APPLICANT)), "seasonal-agricultural-work")
                .reference());
        CaseFile file = fixtures.aCase(caseworker, onApplication(reference));
        Consent consent = consented(file, "identity");
        ReferralView referral = transactions.execute(
                status -> referrals.send(caseworker.actor(), newReferral(file, List.of("identity"))));

        mvc.perform(get("/consents").with(user(person.toString()).roles("APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Provider " + shelter)))
                .andExpect(content().string(containsString("/consents/" + consent.id() + "/withdrawal")))
                .andExpect(content().string(containsString("Full name, date of birth as given, sex, nationality")));
        UUID stranger = applicant();
        mvc.perform(post("/consents/{id}/withdrawal", consent.id())
                        .with(user(stranger.toString()).roles("APPLICANT"))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/consents/{id}/withdrawal", consent.id())
                        .with(user(person.toString()).roles("APPLICANT"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/consents?withdrawn"));

        mvc.perform(get("/referrals/{id}", referral.id()).with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Grace Achieng"))))
                .andExpect(content().string(containsString("Nothing is shared with you")));
        assertThat(jdbc.sql("select withdrawn_by from referrals_consent where id = ?")
                        .param(consent.id())
                        .query(String.class)
                        .single())
                .isEqualTo("account:" + person);
    }

    @Test
    void theProviderAnswersOnTheReferralPageAndAMissingReasonIsShownInTheErrorSummary() throws Exception {
        CaseFile file = fixtures.aCase(caseworker, CaseFixtures.anAdultAtTheConsulate());
        consented(file, "identity");
        ReferralView referral = transactions.execute(
                status -> referrals.send(caseworker.actor(), newReferral(file, List.of("identity"))));

        mvc.perform(get("/referrals/{id}", referral.id()).with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grace Achieng")))
                .andExpect(content().string(containsString("/referrals/" + referral.id() + "/accept")));
        mvc.perform(post("/referrals/{id}/accept", referral.id())
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(redirectedUrl("/referrals/" + referral.id()));
        mvc.perform(post("/referrals/{id}/close", referral.id())
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Say why you close a referral")));
        mvc.perform(post("/referrals/{id}/close", referral.id())
                        .with(shelterWorker.user())
                        .with(csrf())
                        .param("reason", "The person left the area"))
                .andExpect(redirectedUrl("/referrals/" + referral.id()));
        mvc.perform(get("/referrals").with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + referral.id())));
    }

    @Test
    void theReferralFormRefusesASendingWithoutConsentAndSaysWhy() throws Exception {
        CaseFile file = fixtures.aCase(caseworker, CaseFixtures.anAdultAtTheConsulate());

        mvc.perform(get("/referrals/new").param("case", file.id().toString()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("for=\"providerOrganisationId\"")))
                .andExpect(content().string(containsString("category-identity")));
        mvc.perform(post("/referrals/new")
                        .with(caseworker.user())
                        .with(csrf())
                        .param("caseId", file.id().toString())
                        .param("providerOrganisationId", shelter.toString())
                        .param("service", "shelter")
                        .param("urgency", "high")
                        .param("categories", "identity"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Nothing was sent")));
        assertThat(jdbc.sql("select count(*) from referrals_referral where case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staffRecordAConsentOnTheCasesConsentPage() throws Exception {
        CaseFile file = fixtures.aCase(caseworker, CaseFixtures.anAdultAtTheConsulate());

        mvc.perform(post("/referrals/consents/new")
                        .with(caseworker.user())
                        .with(csrf())
                        .param("caseId", file.id().toString())
                        .param("organisationId", shelter.toString())
                        .param("givenBy", "person")
                        .param("categories", "identity", "needs")
                        .param("validUntil", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#validUntil\"")));
        mvc.perform(post("/referrals/consents/new")
                        .with(caseworker.user())
                        .with(csrf())
                        .param("caseId", file.id().toString())
                        .param("organisationId", shelter.toString())
                        .param("givenBy", "person")
                        .param("categories", "identity", "needs")
                        .param("validUntil", LocalDate.now().plusMonths(3).toString()))
                .andExpect(redirectedUrlPattern("/referrals/consents/new?case=*"));
        mvc.perform(get("/referrals/consents/new")
                        .param("case", file.id().toString())
                        .with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In force")));
    }

    @Test
    void administratorsKeepTheDirectoryOfServiceProviderOrganisationsOnly() throws Exception {
        UUID clinic = UUID.randomUUID();
        jdbc.sql(
                        "insert into accounts_organisation (id, name, kind, created_at) values (?, ?, 'SERVICE_PROVIDER', now())")
                .params(clinic, "Clinic " + clinic)
                .update();
        UUID authority = fixtures.anOrganisation();

        mvc.perform(post("/admin/providers")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN"))
                        .with(csrf())
                        .param("organisationId", authority.toString())
                        .param("services", "health")
                        .param("capacity", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post("/admin/providers")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN"))
                        .with(csrf())
                        .param("organisationId", clinic.toString())
                        .param("services", "health", "psychosocial")
                        .param("areas", "North, Capital")
                        .param("languages", "ar, fr")
                        .param("capacity", "5"))
                .andExpect(redirectedUrl("/admin/providers?saved"));
        mvc.perform(get("/referrals/providers")
                        .param("service", "psychosocial")
                        .param("language", "fr")
                        .with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clinic " + clinic)));
        mvc.perform(get("/referrals/providers").param("service", "shelter").with(caseworker.user()))
                .andExpect(content().string(not(containsString("Clinic " + clinic))));
    }

    private Consent consented(CaseFile file, String... categories) {
        return transactions.execute(status -> consents.record(
                caseworker.actor(),
                new NewConsent(
                        file.id(),
                        shelter,
                        "person",
                        null,
                        List.of(categories),
                        LocalDate.now().plusDays(10))));
    }

    private NewReferral newReferral(CaseFile file, List<String> categories) {
        return new NewReferral(file.id(), shelter, "shelter", "medium", categories, null, null);
    }

    private UUID applicant() {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(email, "a long enough passphrase", "Test Person", Language.ENGLISH));
        return jdbc.sql("select id from accounts_account where email_index = :index")
                .param("index", encryption.blindIndex(email.toLowerCase(Locale.ROOT), "accounts_account.email_index"))
                .query(UUID.class)
                .single();
    }

    private static NewCase onApplication(String reference) {
        return new NewCase(
                "Grace Achieng",
                LocalDate.of(1990, 4, 2),
                "female",
                "KEN",
                List.of("sw"),
                null,
                ContactPoint.APPLICATION,
                "Application desk",
                LocalDate.now(),
                reference);
    }
}
