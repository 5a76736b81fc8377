package org.openpathways.permits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisations;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.permits.PermitFixtures;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitTestGuards;
import org.openpathways.permits.Permits;
import org.openpathways.permits.PermitsIntegrationTest;
import org.openpathways.permits.TestHolders;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PermitsIntegrationTest
class PermitsApiTest {

    private static final String PROBLEMS = "https://openpathways.org/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Permits permits;

    @Autowired
    Organisations organisations;

    @Autowired
    PathwayCatalogue catalogue;

    @BeforeEach
    void theTestPathwayIsPublished() {
        PermitFixtures.publishTheTestPathway(catalogue);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    PermitTestGuards.Protections protections;

    @Test
    void publicVerificationShowsStatusValidityTypeConditionsAndNameAndNothingMore() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aPermitFor(
                holder.id(), LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)));

        String body = mvc.perform(get(
                        "/api/v1/permits/{number}/verification",
                        number.grouped().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("valid"))
                .andExpect(jsonPath("$.holderName").value(PermitFixtures.HOLDER_NAME))
                .andExpect(jsonPath("$.permitType").value(PermitFixtures.PERMIT_NAME))
                .andExpect(jsonPath("$.conditions.workTie").value("employer"))
                .andExpect(jsonPath("$.conditions.employer").value("Green Valley Farms"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        java.util.Map<String, Object> tree = JsonPath.read(body, "$");
        assertThat(tree.keySet())
                .containsExactlyInAnyOrder(
                        "status", "validFrom", "validUntil", "permitType", "conditions", "holderName");
        java.util.Map<String, Object> conditions = JsonPath.read(body, "$.conditions");
        assertThat(conditions.keySet())
                .containsExactlyInAnyOrder("workAllowed", "workTie", "employer", "sector", "employerChange");
        assertThat(body).doesNotContain(holder.id().toString()).doesNotContainIgnoringCase("uzb");
    }

    @Test
    void unknownAndMalformedNumbersGetTheSameNotFound() throws Exception {
        String unknown = PermitNumber.generate().value();
        String[] answers = new String[2];
        int i = 0;
        for (String number : new String[] {unknown, "not-a-permit"}) {
            answers[i++] = mvc.perform(get("/api/v1/permits/{number}/verification", number))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.not-found"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .replaceAll("\"instance\":\"[^\"]*\"", "");
        }
        assertThat(answers[0]).isEqualTo(answers[1]);
    }

    @Test
    void theStatusFollowsTheDatesAndTheRevocation() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        LocalDate today = LocalDate.now();
        var future = permits.issue(PermitFixtures.aPermitFor(holder.id(), today.plusDays(10), today.plusYears(1)));
        var past = permits.issue(PermitFixtures.aPermitFor(holder.id(), today.minusYears(2), today.minusDays(1)));

        verification(future).andExpect(jsonPath("$.status").value("not-yet-valid"));
        verification(past).andExpect(jsonPath("$.status").value("expired"));
    }

    @Test
    void theHolderNameIsNotStoredInClear() {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));

        String row = jdbc.sql("select t::text from permits_permit t where number = ?")
                .param(number.value())
                .query(String.class)
                .single();
        assertThat(row).doesNotContain(PermitFixtures.HOLDER_NAME).doesNotContain("Qasimova");
        assertThat(jdbc.sql("select holder_name from permits_permit where number = ?")
                        .param(number.value())
                        .query(String.class)
                        .single())
                .startsWith("v1:");
    }

    @Test
    void issuingTwiceForOneApplicationGivesTheSamePermit() {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        var request = PermitFixtures.aValidPermitFor(holder.id());

        PermitNumber first = permits.issue(request);
        PermitNumber second = permits.issue(request);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from permits_permit where application_reference = ?")
                        .param(request.applicationReference())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(history(first)).containsExactly("issued");
    }

    @Test
    void holdersSeeTheirOwnPermitsOnlyAndStaffReadAnyWithAnAuditedPurpose() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));

        mvc.perform(get("/api/v1/permits").with(as(holder.id(), "APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(number.grouped()))
                .andExpect(jsonPath("$[0].holderNationality").value("UZB"));
        mvc.perform(get("/api/v1/permits/{number}", number).with(as(holder.id(), "APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(get("/api/v1/permits/{number}", number).with(as(UUID.randomUUID(), "APPLICANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/permits/{number}", number)
                        .param("purpose", "case-assessment")
                        .with(as(UUID.randomUUID(), "CASEWORKER")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select purpose from audit_entry where action = 'permits.read' and record_id = ?")
                        .param(number.value())
                        .query(String.class)
                        .list())
                .containsExactly("case-assessment");
    }

    @Test
    void onlySupervisorsRevokeWithAGroundFromTheList() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));

        mvc.perform(revocation(number, "{\"ground\":\"fraud\"}", "\"0\"").with(as(holder.id(), "APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(revocation(number, "{\"ground\":\"fraud\"}", "\"0\"").with(as(UUID.randomUUID(), "CASEWORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(revocation(number, "{}", "\"0\"").with(supervisor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("ground"));
        mvc.perform(revocation(number, "{\"ground\":\"bad-hair-day\"}", "\"0\"").with(supervisor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ground"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose one of the grounds in the list"));

        verification(number).andExpect(jsonPath("$.status").value("valid"));
    }

    @Test
    void aRevocationNeedsTheCurrentVersionHappensOnceAndTellsTheHolder() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.FRENCH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));
        String body = "{\"ground\":\"fraud\",\"explanation\":\"Forged contract\"}";

        mvc.perform(revocation(number, body, null).with(supervisor())).andExpect(status().isPreconditionRequired());
        mvc.perform(revocation(number, body, "\"7\"").with(supervisor())).andExpect(status().isPreconditionFailed());
        mvc.perform(revocation(number, body, "\"0\"").with(supervisor()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("revoked"))
                .andExpect(jsonPath("$.revocation.ground").value("fraud"));
        mvc.perform(revocation(number, body, "\"1\"").with(supervisor()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.already-revoked"));

        verification(number).andExpect(jsonPath("$.status").value("revoked"));
        assertThat(history(number)).containsExactly("issued", "revoked");
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%PermitRevoked'")
                        .query(Long.class)
                        .single())
                .isPositive();
        var mail = new Mailbox(mailbox, jdbc).awaitMail(holder.email(), "retiré");
        assertThat(mail.body()).contains(number.grouped()).contains("Fraude").doesNotContain("Forged contract");
    }

    @Test
    void aGuardBlocksTheRevocationWithItsReason() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        PermitNumber number = permits.issue(PermitFixtures.aValidPermitFor(holder.id()));
        protections.protect(number);

        mvc.perform(revocation(number, "{\"ground\":\"fraud\"}", "\"0\"").with(supervisor()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "permits.revocation-blocked"))
                .andExpect(jsonPath("$.reason").value(PermitTestGuards.REASON));
        verification(number).andExpect(jsonPath("$.status").value("valid"));
    }

    @Test
    void aRenewalExtendsOncePerApplication() {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        var request = new org.openpathways.permits.PermitToIssue(
                "application-" + UUID.randomUUID(),
                holder.id(),
                PermitFixtures.HOLDER_NAME,
                "UZ",
                PermitFixtures.PATHWAY,
                1,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusDays(30),
                org.openpathways.permits.PermitConditions.openWork());
        PermitNumber number = permits.issue(request);
        LocalDate later = LocalDate.now().plusYears(2);

        var renewed = permits.renew(number, later, "renewal-1");
        var again = permits.renew(number, later.plusYears(1), "renewal-1");

        assertThat(renewed.validUntil()).isEqualTo(later);
        assertThat(again.validUntil()).isEqualTo(later);
        assertThat(renewed.renewable()).isTrue();
        assertThat(renewed.renewalOpensOn()).isEqualTo(later.minusDays(90));
        assertThat(history(number)).containsExactly("issued", "renewed");
    }

    private org.springframework.test.web.servlet.ResultActions verification(PermitNumber number) throws Exception {
        return mvc.perform(get("/api/v1/permits/{number}/verification", number.value()))
                .andExpect(status().isOk());
    }

    private List<String> history(PermitNumber number) {
        return jdbc.sql("select h.change from permits_permit_history h join permits_permit p on p.id = h.permit_id"
                        + " where p.number = ? order by h.id")
                .param(number.value())
                .query(String.class)
                .list();
    }

    private static MockHttpServletRequestBuilder revocation(PermitNumber number, String body, String ifMatch) {
        var request = post("/api/v1/permits/{number}/revocation", number.grouped())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static RequestPostProcessor supervisor() {
        return as(UUID.randomUUID(), "SUPERVISOR");
    }

    private static RequestPostProcessor as(UUID account, String role) {
        return user(account.toString()).roles(role);
    }
}
