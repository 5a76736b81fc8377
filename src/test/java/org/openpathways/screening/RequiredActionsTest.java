package org.openpathways.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Registration;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case that becomes a child's requires a child-protection officer at once, whatever made it one, due within the
 * questionnaire's time (one hour) from that moment, and only once.
 */
@IntegrationTest
class RequiredActionsTest {

    static final String OFFICER = "child-protection-officer";
    static final String OFFICER_TEXT = "Call a child-protection officer, who takes over the interview";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    DemoMailbox demoMailbox;

    private Member consular;
    private Member childProtection;

    @BeforeEach
    void aConsulateAndAChildProtectionService() {
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        consular = fixtures.aMember(fixtures.anOrganisation(), Role.CONSULAR);
        childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
    }

    @Test
    void anAgeAssessmentThatMakesTheCaseAChildsRequiresAnOfficerDueAnHourFromTheAssessmentListedOnce()
            throws Exception {
        CaseFile person =
                transactions.execute(status -> cases.open(consular.actor(), ScreeningTest.anAdultMetAtTheBorder()));
        assess(person.id(), 18, 21)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.child").value(false))
                .andExpect(jsonPath("$.requiredActions").isEmpty());
        assertThat(raised(person.id())).isZero();
        assertThat(casePage(person.id())).doesNotContain(OFFICER_TEXT);

        String answer = assess(person.id(), 15, 17)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.child").value(true))
                .andExpect(jsonPath("$.requiredActions.length()").value(1))
                .andExpect(jsonPath("$.requiredActions[0].code").value(OFFICER))
                .andExpect(jsonPath("$.requiredActions[0].need").value("child-protection"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Instant assessedAt = jdbc.sql(
                        "select assessed_at from screening_age_assessment where case_id = ? and" + " min_age = 15")
                .param(person.id())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        Instant due = assessedAt.plus(Duration.ofHours(1));
        assertThat(Instant.parse(JsonPath.read(answer, "$.requiredActions[0].dueAt")))
                .isEqualTo(due);
        assertThat(auditEntries(person.id())).isEqualTo(1);

        assess(person.id(), 14, 16)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requiredActions.length()").value(1));
        screen(person.id()).andExpect(status().isCreated());

        assertThat(raised(person.id())).isEqualTo(1);
        assertThat(auditEntries(person.id())).isEqualTo(1);
        assertThat(dueTimes(
                        mvc.perform(get("/api/v1/cases/{id}/child", person.id()).with(childProtection.user()))))
                .containsExactly(due);
        assertThat(dueTimes(
                        mvc.perform(get("/api/v1/cases/{id}/child", person.id()).with(consular.user()))))
                .containsExactly(due);
        String dashboard = mvc.perform(get("/api/v1/child-protection/cases").with(childProtection.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> onDashboard = JsonPath.read(
                dashboard,
                "$[?(@.caseId == '" + person.id() + "')].requiredActions[?(@.code == '" + OFFICER + "')].dueAt");
        assertThat(onDashboard).extracting(Instant::parse).containsExactly(due);
        UUID screening = jdbc.sql("select id from screening_screening where case_id = ?")
                .param(person.id())
                .query(UUID.class)
                .single();
        assertThat(dueTimes(
                        mvc.perform(get("/api/v1/screenings/{id}", screening).with(consular.user())), "actions"))
                .containsExactly(due);
        String page = casePage(person.id());
        assertThat(page.split(OFFICER_TEXT, -1)).hasSize(2);
        assertThat(mvc.perform(get("/child-protection").with(childProtection.user()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(OFFICER_TEXT);
    }

    @Test
    void onceAChildProtectionOfficerInterviewedTheChildTheDashboardNoLongerAsksForOne() throws Exception {
        CaseFile person =
                transactions.execute(status -> cases.open(consular.actor(), ScreeningTest.anAdultMetAtTheBorder()));
        assess(person.id(), 15, 17).andExpect(status().isCreated());
        assertThat(officerOnDashboard(person.id())).hasSize(1);

        mvc.perform(post("/api/v1/cases/{id}/child-interviews", person.id())
                        .with(childProtection.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ChildrenTest.INTERVIEW))
                .andExpect(status().isCreated());

        assertThat(officerOnDashboard(person.id())).isEmpty();
        assertThat(raised(person.id())).as("the record of the call stays").isEqualTo(1);
    }

    @Test
    void everyChildProtectionOfficerIsToldInTheirLanguageOnceWithTheDueTimeAndNothingAboutTheChild() throws Exception {
        String email = "officer-" + UUID.randomUUID() + "@example.org";
        UUID officer = anOfficer(email, Language.FRENCH);
        aDamagedOfficerAccount();
        CaseFile person =
                transactions.execute(status -> cases.open(consular.actor(), ScreeningTest.anAdultMetAtTheBorder()));

        assess(person.id(), 15, 17).andExpect(status().isCreated());
        assess(person.id(), 14, 16).andExpect(status().isCreated());

        var mailbox = new Mailbox(demoMailbox, jdbc);
        var mail = mailbox.awaitMail(email, "agent de protection de l'enfance");
        assertThat(mail.body())
                .contains("/cases/" + person.id())
                .doesNotContain(ScreeningTest.anAdultMetAtTheBorder().fullName());
        assertThat(mailbox.mailsTo(email))
                .as("raised once, told once")
                .filteredOn(sent -> sent.subject().equals(mail.subject()))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from notifications_message where recipient_id = ?")
                        .param(officer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** An officer whose name can be read but whose address cannot: skipped, and nobody else is kept waiting. */
    private void aDamagedOfficerAccount() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, status, organisation_id,
                            preferred_language, created_at)
                        values (?, ?, 'not-encrypted', ?, 'ACTIVE', ?, 'en', now())
                        """)
                .params(
                        id,
                        "index-" + id,
                        encryption.encrypt("Damaged Account", "accounts_account.display_name"),
                        childProtection.organisation())
                .update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, 'CHILD_PROTECTION')")
                .param(id)
                .update();
    }

    /** A child-protection officer with a real account (readable name and address), as staff are made. */
    private UUID anOfficer(String email, Language language) {
        accounts.register(new Registration(email, "a long enough passphrase", "Officer Test", language));
        UUID id = jdbc.sql("select id from accounts_account where email_index = ?")
                .param(encryption.blindIndex(email, "accounts_account.email_index"))
                .query(UUID.class)
                .single();
        jdbc.sql("update accounts_account set status = 'ACTIVE', organisation_id = ? where id = ?")
                .params(childProtection.organisation(), id)
                .update();
        jdbc.sql("delete from accounts_account_role where account_id = ?")
                .param(id)
                .update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, 'CHILD_PROTECTION')")
                .param(id)
                .update();
        return id;
    }

    private List<String> officerOnDashboard(UUID caseId) throws Exception {
        String dashboard = mvc.perform(get("/api/v1/child-protection/cases").with(childProtection.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(
                dashboard, "$[?(@.caseId == '" + caseId + "')].requiredActions[?(@.code == '" + OFFICER + "')].code");
    }

    @Test
    void aScreeningWhoseAnswersSayThePersonIsAChildRaisesTheOfficerOnTheCaseDueFromTheScreening() throws Exception {
        CaseFile person =
                transactions.execute(status -> cases.open(consular.actor(), ScreeningTest.anAdultMetAtTheBorder()));
        String screening = screen(person.id())
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Instant screenedAt = Instant.parse(JsonPath.read(screening, "$.screenedAt"));
        List<String> inResult = JsonPath.read(screening, "$.actions[?(@.code == '" + OFFICER + "')].dueAt");
        assertThat(inResult).extracting(Instant::parse).containsExactly(screenedAt.plus(Duration.ofHours(1)));
        assertThat(jdbc.sql("select reason from screening_required_action where case_id = ?")
                        .param(person.id())
                        .query(String.class)
                        .single())
                .isEqualTo("says-under-age");

        assertThat(dueTimes(assess(person.id(), 16, 17).andExpect(status().isCreated()), "requiredActions"))
                .containsExactly(screenedAt.plus(Duration.ofHours(1)));
        assertThat(raised(person.id())).isEqualTo(1);
    }

    @Test
    void anActionBothRaisedOnTheCaseAndInItsScreeningIsListedOnceWithTheEarlierDueTime() {
        Instant at = Instant.parse("2027-01-04T09:00:00Z");
        RequiredAction raised = new RequiredAction(OFFICER, "child-protection", at.plus(Duration.ofHours(1)));
        RequiredAction screened = new RequiredAction(OFFICER, "child-protection", at.plus(Duration.ofHours(5)));
        RequiredAction shelter = new RequiredAction("shelter-referral", "shelter", at.plus(Duration.ofMinutes(30)));

        assertThat(RequiredActions.together(List.of(raised), List.of(screened, shelter)))
                .containsExactly(shelter, raised);
        assertThat(RequiredActions.together(List.of(screened), List.of(raised))).containsExactly(raised);
    }

    private ResultActions assess(UUID caseId, int minAge, int maxAge) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/age-assessments", caseId)
                .with(consular.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"method": "documents", "minAge": %d, "maxAge": %d}""".formatted(minAge, maxAge)));
    }

    private ResultActions screen(UUID caseId) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/screenings", caseId)
                .with(consular.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(ScreeningTest.A_CHILD_ALONE));
    }

    private String casePage(UUID caseId) throws Exception {
        return mvc.perform(get("/cases/{id}", caseId).with(consular.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<Instant> dueTimes(ResultActions response) throws Exception {
        return dueTimes(response, "requiredActions");
    }

    private static List<Instant> dueTimes(ResultActions response, String list) throws Exception {
        String body = response.andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> due = JsonPath.read(body, "$." + list + "[?(@.code == '" + OFFICER + "')].dueAt");
        return due.stream().map(Instant::parse).toList();
    }

    private long raised(UUID caseId) {
        return jdbc.sql("select count(*) from screening_required_action where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private long auditEntries(UUID caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'screening.action-required' and record_id = ?")
                .param(caseId.toString())
                .query(Long.class)
                .single();
    }
}
