package org.openpathways.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.screening.NewScreening;
import org.openpathways.screening.Screenings;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.StoredState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral with consent (C3) through the API: what the provider sees field by field, who sees nothing, the refusals of
 * the bad-input list (each changing nothing), the override, withdrawal and the provider's answers.
 */
@IntegrationTest
class ReferralsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProviderRecords providerRecords;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate transactions;

    @Value("${openpathways.data-dir}")
    Path dataFolder;

    private ReferralFixtures fixtures;
    private UUID shelter;
    private Member shelterWorker;
    private Member caseworker;
    private Member supervisor;
    private CaseFile teenager;
    private List<String> teenagerNeeds;

    @Autowired
    Screenings screenings;

    @Autowired
    ReferralLists referralLists;

    @BeforeEach
    void aShelterAndACase() {
        fixtures = new ReferralFixtures(jdbc, providerRecords, cases, transactions);
        shelter = fixtures.aProvider(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL);
        shelterWorker = fixtures.aMember(shelter, Role.SERVICE_PROVIDER);
        UUID authority = fixtures.anOrganisation();
        caseworker = fixtures.aMember(authority, Role.CASEWORKER);
        supervisor = fixtures.aMember(authority, Role.SUPERVISOR);
        teenager = fixtures.aCase(caseworker, CaseFixtures.aTeenagerAtTheBorder());
        // The needs a provider may see are those screening raised: a real screening of the case.
        transactions.executeWithoutResult(status -> screenings.record(
                supervisor.actor(),
                teenager.id(),
                new NewScreening(
                        Map.of("safe-place-tonight", "no", "legal-status", "irregular", "violence-or-torture", "yes"),
                        null)));
        teenagerNeeds = transactions
                .execute(status -> screenings.needsOf(teenager.id()))
                .orElseThrow()
                .needs();
    }

    @Test
    void aCaseListsItsReferralsToTheStaffWhoMaySeeItAndToNobodyElse() throws Exception {
        consent(caseworker, teenager.id(), shelter, "guardian", "Amal Haddad", "identity", "needs");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity", "needs"), null);
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);

        List<ReferralSummary> forSupervisor = ofCase(supervisor);
        List<ReferralSummary> forProvider = ofCase(shelterWorker);
        List<ReferralSummary> forOtherStaff = ofCase(elsewhere);

        assertThat(forSupervisor).extracting(ReferralSummary::id).containsExactly(referral);
        assertThat(forProvider)
                .as("the provider answers the referral from its inbox, not from the case")
                .isEmpty();
        assertThat(forOtherStaff)
                .as("staff of another organisation do not see the case")
                .isEmpty();
    }

    private List<ReferralSummary> ofCase(Member member) {
        return transactions.execute(status -> referralLists.ofCase(member.actor(), teenager.id()));
    }

    @Test
    void theProviderSeesOnlyTheConsentedCategoriesFieldByField() throws Exception {
        consent(caseworker, teenager.id(), shelter, "guardian", "Amal Haddad", "identity", "needs");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity", "needs"), null);

        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.sharedCategories")
                        .value(org.hamcrest.Matchers.contains("identity", "needs")))
                .andExpect(jsonPath("$.person.fullName").value("Samir Haddad"))
                .andExpect(jsonPath("$.person.claimedBirthDate")
                        .value(teenager.identity().claimedBirthDate().toString()))
                .andExpect(jsonPath("$.person.sex").value("male"))
                .andExpect(jsonPath("$.person.nationality")
                        .value(teenager.identity().nationality()))
                .andExpect(jsonPath("$.person.needs").value(org.hamcrest.Matchers.equalTo(teenagerNeeds)))
                .andExpect(jsonPath("$.person.phone").doesNotExist())
                .andExpect(jsonPath("$.person.languages").doesNotExist())
                .andExpect(jsonPath("$.caseId").doesNotExist())
                .andExpect(jsonPath("$.overrideReason").doesNotExist());
    }

    @Test
    void contactAloneSharesThePhoneAndNothingElse() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "contact", "languages");
        UUID referral = sent(caseworker, shelter, "psychosocial", "low", List.of("contact"), null);

        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.phone").value("+963 11 555 0101"))
                .andExpect(jsonPath("$.person.fullName").doesNotExist())
                .andExpect(jsonPath("$.person.claimedBirthDate").doesNotExist())
                .andExpect(jsonPath("$.person.sex").doesNotExist())
                .andExpect(jsonPath("$.person.nationality").doesNotExist())
                .andExpect(jsonPath("$.person.languages").doesNotExist())
                .andExpect(jsonPath("$.person.needs").doesNotExist());
    }

    @Test
    void anotherProviderAndStaffOfAnotherOrganisationGetNotFound() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "medium", List.of("identity"), null);
        UUID clinic = fixtures.aProvider(ServiceType.HEALTH, ServiceType.SHELTER);
        Member clinicWorker = fixtures.aMember(clinic, Role.SERVICE_PROVIDER);
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);

        mvc.perform(get("/api/v1/referrals/{id}", referral).with(clinicWorker.user()))
                .andExpect(problem(404, "referrals.not-found"));
        mvc.perform(get("/api/v1/referrals/{id}", referral).with(elsewhere.user()))
                .andExpect(problem(404, "referrals.not-found"));
        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(clinicWorker.user())
                        .with(csrf()))
                .andExpect(problem(404, "referrals.not-found"));
        mvc.perform(get("/api/v1/referrals").with(clinicWorker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem(referral.toString()))));
        assertThat(statusOf(referral)).isEqualTo("sent");
    }

    @Test
    void aReferralWithoutConsentOrOverrideIsRefusedWithTheReasonAndNothingIsSent() throws Exception {
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        send(caseworker, shelter, "shelter", "high", List.of("identity", "needs"), null)
                .andExpect(problem(422, "referrals.consent-required"))
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("identity", "needs")))
                .andExpect(jsonPath("$.detail").isNotEmpty());

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void aConsentForOtherCategoriesDoesNotCoverTheReferral() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        send(caseworker, shelter, "shelter", "high", List.of("identity", "contact"), null)
                .andExpect(problem(422, "referrals.consent-required"))
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("contact")));

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void aCaseworkerCannotOverrideConsentAndTheAttemptIsAudited() throws Exception {
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        send(caseworker, shelter, "shelter", "immediate", List.of("identity"), "Sleeping outside tonight")
                .andExpect(problem(403, "referrals.override-not-permitted"));

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
        assertThat(audited("referrals.override-refused", teenager.id())).isEqualTo(1);
    }

    @Test
    void aSupervisorOverridesWithAReasonThatIsAuditedEncryptedAndListedForSupervisors() throws Exception {
        UUID referral =
                sent(supervisor, shelter, "shelter", "immediate", List.of("identity"), "Sleeping outside tonight");

        assertThat(audited("referrals.consent-overridden", referral)).isEqualTo(1);
        String stored = jdbc.sql("select override_reason from referrals_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("Sleeping");
        mvc.perform(get("/api/v1/referrals/overrides").with(supervisor.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].referralId").value(referral.toString()))
                .andExpect(jsonPath("$[0].reason").value("Sleeping outside tonight"));
        mvc.perform(get("/api/v1/referrals/overrides").with(caseworker.user())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(jsonPath("$.person.fullName").value("Samir Haddad"))
                .andExpect(jsonPath("$.consentOverridden").value(true));
    }

    @Test
    void consentForUnknownCategoriesOrAnExpiredPeriodIsRefusedAndNothingIsStored() throws Exception {
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        recordConsent(
                        caseworker,
                        teenager.id(),
                        shelter,
                        "person",
                        null,
                        LocalDate.now().plusDays(30),
                        "identity",
                        "medical-history")
                .andExpect(problem(422, "referrals.category-unknown"))
                .andExpect(jsonPath("$.field").value("categories"));
        recordConsent(
                        caseworker,
                        teenager.id(),
                        shelter,
                        "person",
                        null,
                        LocalDate.now().minusDays(1),
                        "identity")
                .andExpect(problem(422, "referrals.consent-expired"))
                .andExpect(jsonPath("$.field").value("validUntil"));
        recordConsent(
                        caseworker,
                        teenager.id(),
                        shelter,
                        "guardian",
                        null,
                        LocalDate.now().plusDays(30),
                        "identity")
                .andExpect(problem(422, "referrals.giver-name-missing"));
        send(caseworker, shelter, "shelter", "high", List.of("family"), null)
                .andExpect(problem(422, "referrals.category-unknown"));

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void aServiceTheProviderDoesNotOfferIsRefused() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        send(caseworker, shelter, "legal-aid", "high", List.of("identity"), null)
                .andExpect(problem(422, "referrals.service-not-offered"))
                .andExpect(jsonPath("$.field").value("service"));

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void theDueTimeIsTheSentTimePlusTheUrgencysResponseTime() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID immediate = sent(caseworker, shelter, "shelter", "immediate", List.of("identity"), null);
        UUID low = sent(caseworker, shelter, "shelter", "low", List.of("identity"), null);

        assertThat(responseTime(immediate)).isEqualTo(Duration.ofHours(1));
        assertThat(responseTime(low)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void acceptingTwiceIsAConflictThatChangesNothing() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);
        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("accepted"));
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(problem(409, "referrals.already-accepted"))
                .andExpect(jsonPath("$.detail").isNotEmpty());

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void closingAnUndeliveredReferralNeedsAReason() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);
        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(status().isOk());
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        answer(referral, "closure", "{}").andExpect(problem(422, "referrals.close-reason-required"));
        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);

        answer(referral, "closure", "{\"reason\": \"The person moved to another town\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("closed"))
                .andExpect(jsonPath("$.closeReason").value("The person moved to another town"));
    }

    @Test
    void theProviderAcceptsDeliversAndClosesEachStepAudited() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);

        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(status().isOk());
        answer(referral, "closure", "{}").andExpect(problem(422, "referrals.close-reason-required"));
        answer(referral, "delivery", "{\"note\": \"A bed for two weeks\"}")
                .andExpect(jsonPath("$.status").value("delivered"));
        answer(referral, "decline", "{\"reason\": \"Too late\"}").andExpect(problem(409, "referrals.wrong-status"));
        answer(referral, "closure", "{}").andExpect(jsonPath("$.status").value("closed"));

        for (String action :
                List.of("referrals.sent", "referrals.accepted", "referrals.delivered", "referrals.closed")) {
            assertThat(audited(action, referral)).as(action).isEqualTo(1);
        }
        String note = jdbc.sql("select delivery_note from referrals_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
        assertThat(note).startsWith("v1:").doesNotContain("bed");
    }

    @Test
    void decliningNeedsAReasonAndThenTheProviderSeesNothing() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);

        answer(referral, "decline", "{}").andExpect(problem(422, "referrals.decline-reason-missing"));
        answer(referral, "decline", "{\"reason\": \"No place for children\"}")
                .andExpect(jsonPath("$.status").value("declined"))
                .andExpect(jsonPath("$.person.fullName").doesNotExist());
    }

    @Test
    void withdrawingTheConsentRemovesTheProvidersAccessAtOnce() throws Exception {
        UUID consent = consent(caseworker, teenager.id(), shelter, "person", null, "identity", "needs");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity", "needs"), null);
        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(jsonPath("$.person.fullName").value("Samir Haddad"));

        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(caseworker.user())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.live").value(false));

        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("revoked"))
                .andExpect(jsonPath("$.person.sharedCategories").isEmpty())
                .andExpect(jsonPath("$.person.fullName").doesNotExist())
                .andExpect(jsonPath("$.person.needs").doesNotExist());
        mvc.perform(post("/api/v1/referrals/{id}/acceptance", referral)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(problem(409, "referrals.wrong-status"));
        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(caseworker.user())
                        .with(csrf()))
                .andExpect(problem(409, "referrals.consent-withdrawn"));
        assertThat(audited("referrals.consent-withdrawn", consent)).isEqualTo(1);
    }

    @Test
    void aProviderCannotWithdrawOrRecordConsents() throws Exception {
        UUID consent = consent(caseworker, teenager.id(), shelter, "person", null, "identity");

        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(shelterWorker.user())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/consents")
                        .param("caseId", teenager.id().toString())
                        .with(shelterWorker.user()))
                .andExpect(status().isForbidden());
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(elsewhere.user())
                        .with(csrf()))
                .andExpect(problem(404, "referrals.consent-not-found"));
    }

    @Test
    void theInboxFiltersByStatusAndUrgencySortsByDueTimeAndShowsOverdue() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID low = sent(caseworker, shelter, "shelter", "low", List.of("identity"), null);
        UUID high = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);
        UUID overdue = sent(caseworker, shelter, "shelter", "medium", List.of("identity"), null);
        jdbc.sql("update referrals_referral set sent_at = now() - interval '2 days', due_at = now() - interval '1 day'"
                        + " where id = ?")
                .param(overdue)
                .update();

        mvc.perform(get("/api/v1/referrals").with(shelterWorker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].id").value(overdue.toString()))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[1].id").value(high.toString()))
                .andExpect(jsonPath("$.items[2].id").value(low.toString()));
        mvc.perform(get("/api/v1/referrals")
                        .param("urgency", "low")
                        .param("status", "sent")
                        .with(shelterWorker.user()))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(low.toString()));
        mvc.perform(get("/api/v1/referrals").param("urgency", "urgent").with(shelterWorker.user()))
                .andExpect(problem(422, "referrals.filter-unknown"));
        mvc.perform(get("/api/v1/referrals/overdue").with(shelterWorker.user()))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(overdue.toString())));
        mvc.perform(get("/api/v1/referrals/overdue").with(supervisor.user()))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(overdue.toString())));
        mvc.perform(get("/api/v1/referrals/sent").with(caseworker.user()))
                .andExpect(jsonPath("$[0].id").value(overdue.toString()))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    @Test
    void everyReadOfAReferralIsAuditedWithItsPurpose() throws Exception {
        consent(caseworker, teenager.id(), shelter, "person", null, "identity");
        UUID referral = sent(caseworker, shelter, "shelter", "high", List.of("identity"), null);

        mvc.perform(get("/api/v1/referrals/{id}", referral).with(shelterWorker.user()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/referrals/{id}", referral).with(caseworker.user()))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select purpose from audit_entry where action = 'referrals.read' and record_id = ?"
                                + " order by purpose")
                        .param(referral.toString())
                        .query(String.class)
                        .list())
                .containsExactly("referral-follow-up", "service-delivery");
    }

    @Test
    void theParentsOrGuardiansNameIsEncryptedAtRest() throws Exception {
        UUID consent = consent(caseworker, teenager.id(), shelter, "guardian", "Amal Haddad", "identity");

        String stored = jdbc.sql("select giver_name from referrals_consent where id = ?")
                .param(consent)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("Amal");
        mvc.perform(get("/api/v1/consents")
                        .param("caseId", teenager.id().toString())
                        .with(caseworker.user()))
                .andExpect(jsonPath("$[0].giverName").value("Amal Haddad"))
                .andExpect(jsonPath("$[0].givenBy").value("guardian"));
    }

    private UUID consent(Member staff, UUID caseId, UUID provider, String givenBy, String name, String... categories)
            throws Exception {
        String body = recordConsent(
                        staff, caseId, provider, givenBy, name, LocalDate.now().plusDays(30), categories)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private ResultActions recordConsent(
            Member staff,
            UUID caseId,
            UUID provider,
            String givenBy,
            String name,
            LocalDate until,
            String... categories)
            throws Exception {
        String body = """
                {"caseId": "%s", "organisationId": "%s", "givenBy": "%s", %s "categories": [%s], "validUntil": "%s"}""".formatted(
                        caseId,
                        provider,
                        givenBy,
                        name == null ? "" : "\"giverName\": \"" + name + "\",",
                        quoted(List.of(categories)),
                        until);
        return mvc.perform(post("/api/v1/consents")
                .with(staff.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private UUID sent(
            Member staff, UUID provider, String service, String urgency, List<String> categories, String override)
            throws Exception {
        String body = send(staff, provider, service, urgency, categories, override)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private ResultActions send(
            Member staff, UUID provider, String service, String urgency, List<String> categories, String override)
            throws Exception {
        String body = """
                {"caseId": "%s", "providerOrganisationId": "%s", "service": "%s", "urgency": "%s",
                 "categories": [%s], "note": "Arrived alone yesterday" %s}""".formatted(
                        teenager.id(),
                        provider,
                        service,
                        urgency,
                        quoted(categories),
                        override == null ? "" : ", \"overrideReason\": \"" + override + "\"");
        return mvc.perform(post("/api/v1/referrals")
                .with(staff.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions answer(UUID referral, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/referrals/{id}/{action}", referral, action)
                .with(shelterWorker.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String statusOf(UUID referral) {
        return jdbc.sql("select status from referrals_referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    private Duration responseTime(UUID referral) {
        return jdbc.sql("select sent_at, due_at from referrals_referral where id = ?")
                .param(referral)
                .query((rs, row) -> Duration.between(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .single();
    }

    private long audited(String action, UUID record) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
                .params(action, record.toString())
                .query(Long.class)
                .single();
    }

    private static String quoted(List<String> values) {
        return String.join(
                ", ", values.stream().map(value -> "\"" + value + "\"").toList());
    }
}
