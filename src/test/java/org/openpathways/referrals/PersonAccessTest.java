package org.openpathways.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.cases.PersonAccess;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person met at a border has no application, so only a code from staff ties their case to their own account: with
 * it they see the case's consents and referrals and withdraw a consent; without it, or with a wrong, used or expired
 * one, they see nothing; the code is never stored.
 */
@IntegrationTest
class PersonAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProviderRecords providerRecords;

    @Autowired
    Cases cases;

    @Autowired
    PersonAccess personAccess;

    @Autowired
    TransactionTemplate transactions;

    private ReferralFixtures fixtures;
    private UUID shelter;
    private Member caseworker;
    private CaseFile adult;
    private UUID consent;
    private UUID person;

    @BeforeEach
    void aCaseWithAConsentAndAPersonWithAnAccount() throws Exception {
        fixtures = new ReferralFixtures(jdbc, providerRecords, cases, transactions);
        shelter = fixtures.aProvider(ServiceType.SHELTER);
        caseworker = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        adult = fixtures.aCase(caseworker, CaseFixtures.anAdultAtTheConsulate());
        consent = recordConsent(adult.id());
        person = anApplicant();
    }

    @Test
    void withTheCodeThePersonSeesTheConsentsOfTheirCaseAndWithdrawsOne() throws Exception {
        mvc.perform(get("/api/v1/consents/mine").with(applicant(person)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        String code = issueCode(caseworker, adult.id());
        assertThat(code).matches("[2-9A-HJKMNP-RT-Z]{4}-[2-9A-HJKMNP-RT-Z]{4}-[2-9A-HJKMNP-RT-Z]{4}");

        // As a person types it: lower case, spaces instead of dashes.
        link(person, " " + code.toLowerCase(Locale.ROOT).replace('-', ' ') + " ")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(consent.toString()));
        mvc.perform(get("/api/v1/consents/mine").with(applicant(person)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(consent.toString()));

        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(applicant(person))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
        assertThat(audited("cases.person-code-issued", adult.id())).isEqualTo(1);
        assertThat(audited("cases.person-linked", adult.id())).isEqualTo(1);
        assertThat(audited("referrals.consent-withdrawn", consent)).isEqualTo(1);
    }

    @Test
    void anotherPersonWithoutTheCodeSeesNothingAndCannotWithdraw() throws Exception {
        link(person, issueCode(caseworker, adult.id())).andExpect(status().isOk());
        UUID stranger = anApplicant();

        mvc.perform(get("/api/v1/consents/mine").with(applicant(stranger)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/consents/{id}/withdrawal", consent)
                        .with(applicant(stranger))
                        .with(csrf()))
                .andExpect(problem(404, "referrals.consent-not-found"));
        assertThat(withdrawn(consent)).isFalse();
    }

    @Test
    void theCodeWorksOnceAndOnlyItsHashIsKept() throws Exception {
        String code = issueCode(caseworker, adult.id());
        Map<String, Object> row = jdbc.sql("select * from cases_person_access where case_id = ?")
                .param(adult.id())
                .query()
                .singleRow();
        assertThat((byte[]) row.get("code_hash")).hasSize(32);
        assertThat(row.values().stream().map(String::valueOf))
                .noneMatch(value -> value.contains(code) || value.contains(code.replace("-", "")));

        link(person, code).andExpect(status().isOk());
        UUID second = anApplicant();
        link(second, code).andExpect(problem(422, "cases.code-invalid"));

        assertThat(linkedAccount(adult.id())).isEqualTo(person);
        assertThat(jdbc.sql("select code_hash is null from cases_person_access where case_id = ?")
                        .param(adult.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aWrongExpiredOrReplacedCodeIsRefusedTheSameWayAndLinksNothing() throws Exception {
        String first = issueCode(caseworker, adult.id());
        String replacing = issueCode(caseworker, adult.id());
        link(person, first).andExpect(problem(422, "cases.code-invalid"));

        for (String wrong : new String[] {
            "", "   ", "2222-2222-2222", "0000-OOOO-IIII", replacing + "2", "x".repeat(1_000), "<script>", "' or 1=1 --"
        }) {
            link(person, wrong).andExpect(problem(422, "cases.code-invalid"));
        }
        mvc.perform(post("/api/v1/consents/mine/case-links")
                        .with(applicant(person))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(problem(422, "cases.code-invalid"));

        jdbc.sql("update cases_person_access set code_expires = now() - interval '1 minute' where case_id = ?")
                .param(adult.id())
                .update();
        link(person, replacing).andExpect(problem(422, "cases.code-invalid"));

        assertThat(linkedAccount(adult.id())).isNull();
        assertThat(audited("cases.person-linked", adult.id())).isZero();
    }

    @Test
    void onlyStaffWhoMaySeeTheCaseMakeACodeAndOnlyAPersonUsesOne() throws Exception {
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        mvc.perform(post("/api/v1/cases/{id}/person-code", adult.id())
                        .with(elsewhere.user())
                        .with(csrf()))
                .andExpect(problem(404, "cases.not-found"));
        assertThat(jdbc.sql("select count(*) from cases_person_access where case_id = ?")
                        .param(adult.id())
                        .query(Long.class)
                        .single())
                .isZero();

        String code = issueCode(caseworker, adult.id());
        assertThatThrownBy(
                        () -> transactions.executeWithoutResult(status -> personAccess.link(caseworker.actor(), code)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        refused -> assertThat(refused.type()).isEqualTo("cases.person-only"));
        CaseActor staffWithApplicantRole =
                new CaseActor(caseworker.account(), caseworker.organisation(), Set.of(Role.APPLICANT, Role.CASEWORKER));
        assertThatThrownBy(() ->
                        transactions.executeWithoutResult(status -> personAccess.link(staffWithApplicantRole, code)))
                .isInstanceOf(ProblemException.class);
        assertThat(linkedAccount(adult.id())).isNull();
    }

    @Test
    void theCasePageMakesACodeAndThePersonsPageTakesIt() throws Exception {
        mvc.perform(get("/cases/{id}", adult.id()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Make a code for the person")));
        String page = mvc.perform(post("/cases/{id}/person-code", adult.id())
                        .with(caseworker.user())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String code = page.replaceAll("(?s).*id=\"person-code\"[^>]*>([^<]+)<.*", "$1");
        assertThat(code).hasSize(14);

        mvc.perform(post("/consents/case-links")
                        .param("code", "2222-2222-2222")
                        .with(applicant(person))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("wrong, already used or expired")));
        mvc.perform(post("/consents/case-links")
                        .param("code", code)
                        .with(applicant(person))
                        .with(csrf()))
                .andExpect(redirectedUrl("/consents?linked"));
        mvc.perform(get("/consents").with(applicant(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Provider " + shelter)));
        mvc.perform(get("/cases/{id}", adult.id()).with(caseworker.user()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Linked to the person")));
    }

    private String issueCode(Member staff, UUID caseId) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/{id}/person-code", caseId)
                        .with(staff.user())
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.validUntil").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private ResultActions link(UUID account, String code) throws Exception {
        return mvc.perform(post("/api/v1/consents/mine/case-links")
                .with(applicant(account))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": " + jsonString(code) + "}"));
    }

    private UUID recordConsent(UUID caseId) throws Exception {
        String body = mvc.perform(post("/api/v1/consents")
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseId": "%s", "organisationId": "%s", "givenBy": "person",
                                 "categories": ["identity"], "validUntil": "%s"}""".formatted(caseId, shelter, LocalDate.now().plusDays(30))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private UUID anApplicant() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, status,
                            preferred_language, created_at)
                        values (?, ?, 'not-used', 'not-used', 'ACTIVE', 'en', now())
                        """).params(id, "index-" + id).update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, 'APPLICANT')")
                .param(id)
                .update();
        return id;
    }

    private static RequestPostProcessor applicant(UUID account) {
        return user(account.toString()).roles("APPLICANT");
    }

    private UUID linkedAccount(UUID caseId) {
        return jdbc.sql("select account_id from cases_person_access where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private boolean withdrawn(UUID consentId) {
        return jdbc.sql("select withdrawn_at is not null from referrals_consent where id = ?")
                .param(consentId)
                .query(Boolean.class)
                .single();
    }

    private long audited(String action, UUID record) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
                .params(action, record.toString())
                .query(Long.class)
                .single();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
