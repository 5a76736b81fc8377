package org.openpathways.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ScreeningTest {

    static final String A_CHILD_ALONE = """
            {"answers": {"says-under-18": "yes", "travelling-alone": "yes", "safe-place-tonight": "no",
             "legal-status": "unknown", "separated-from-family": "yes", "dependent-children": "0"}}""";
    static final String AN_ADULT_IN_NEED = """
            {"answers": {"pregnant": "yes", "serious-illness": "yes", "safe-place-tonight": "yes",
             "legal-status": "irregular", "gender-based-violence": "yes", "violence-or-torture": "yes"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    Screenings screenings;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    TransactionTemplate transactions;

    private CaseFixtures fixtures;
    private UUID consulate;
    private Member consular;
    private Member caseworker;

    @BeforeEach
    void aConsulateWithItsStaff() {
        fixtures = new CaseFixtures(jdbc);
        consulate = fixtures.anOrganisation();
        consular = fixtures.aMember(consulate, Role.CONSULAR);
        caseworker = fixtures.aMember(consulate, Role.CASEWORKER);
    }

    @Test
    void aFifteenYearOldTravellingAloneIsHighNeedAndBecomesAChildsCaseForChildProtection() throws Exception {
        CaseFile file = open(CaseFixtures.aTeenagerAtTheBorder());
        screen(consular, file.id(), A_CHILD_ALONE)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rating").value("high"))
                .andExpect(jsonPath("$.needs").value(hasItem("child-protection")))
                .andExpect(jsonPath("$.needs").value(hasItem("shelter")))
                .andExpect(jsonPath("$.needs").value(hasItem("family-tracing")))
                .andExpect(jsonPath("$.actions[?(@.code == 'child-protection-officer')].text")
                        .value(hasItem(containsString("child-protection officer"))));
        assertThat(jdbc.sql("select child from cases_case where id = ?")
                        .param(file.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        Member childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
        mvc.perform(get("/api/v1/child-protection/cases").with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + file.id() + "')].guardianOverdue")
                        .value(hasItem(false)));
        mvc.perform(get("/child-protection").with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(file.reference())));
        mvc.perform(get("/child-protection").with(caseworker.user())).andExpect(status().isForbidden());
    }

    @Test
    void aChildByClaimedBirthDateRequiresTheOfficerWhateverTheAnswers() throws Exception {
        CaseFile file = open(CaseFixtures.aTeenagerAtTheBorder());
        screen(consular, file.id(), """
                        {"answers": {"safe-place-tonight": "yes", "legal-status": "regular"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rating").value("medium"))
                .andExpect(jsonPath("$.actions[0].code").value("child-protection-officer"));
    }

    @Test
    void theCaseworkerSeesTheNeedsButNotTheAnswersAndEveryReadIsAudited() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        UUID id = id(screen(consular, file.id(), AN_ADULT_IN_NEED).andExpect(status().isCreated()));

        mvc.perform(get("/api/v1/screenings/{id}", id).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("high"))
                .andExpect(jsonPath("$.needs").value(hasItem("gender-based-violence")))
                .andExpect(jsonPath("$.answers").doesNotExist())
                .andExpect(content().string(not(containsString("pregnant"))));
        mvc.perform(get("/api/v1/screenings/{id}", id).with(consular.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.pregnant").value("yes"));
        Member supervisor = fixtures.aMember(consulate, Role.SUPERVISOR);
        mvc.perform(get("/api/v1/screenings/{id}", id).with(supervisor.user()))
                .andExpect(jsonPath("$.answers.pregnant").value("yes"));
        mvc.perform(get("/screenings/{id}", id).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not the answers")))
                .andExpect(content().string(not(containsString("pregnant or has she given birth"))));

        List<String> reads = jdbc.sql("select action || ' ' || purpose from audit_entry where record_type ="
                        + " 'screening' and record_id = ? and action like '%-read' order by sequence")
                .param(id.toString())
                .query(String.class)
                .list();
        assertThat(reads)
                .containsExactly(
                        "screening.result-read screening",
                        "screening.answers-read screening",
                        "screening.answers-read screening",
                        "screening.result-read screening");
        Member stranger = fixtures.aMember(fixtures.anOrganisation(), Role.CONSULAR);
        mvc.perform(get("/api/v1/screenings/{id}", id).with(stranger.user())).andExpect(status().isNotFound());
    }

    @Test
    void answersAndResultAreEncryptedAtRest() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        UUID id = id(screen(consular, file.id(), AN_ADULT_IN_NEED));
        Map<String, Object> row = jdbc.sql("select answers, result, rating from screening_screening where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat((String) row.get("answers")).doesNotContain("pregnant");
        assertThat((String) row.get("result")).doesNotContain("gender-based-violence");
        assertThat(encryption.decrypt((String) row.get("answers"), "screening_screening.answers"))
                .contains("\"pregnant\":\"yes\"");
        assertThat(row.get("rating")).isEqualTo("HIGH");
    }

    @Test
    void theNeedsOfACaseAreItsLatestScreeningsWithoutAnswers() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        java.util.Optional<CaseNeeds> before = transactions.execute(status -> screenings.needsOf(file.id()));
        assertThat(before).isEmpty();
        screen(consular, file.id(), AN_ADULT_IN_NEED);
        CaseNeeds needs =
                transactions.execute(status -> screenings.needsOf(file.id())).orElseThrow();
        assertThat(needs.rating()).isEqualTo(Rating.HIGH);
        assertThat(needs.needs())
                .containsExactly(Needs.HEALTH, Needs.PSYCHOSOCIAL, Needs.LEGAL_AID, Needs.GENDER_BASED_VIOLENCE);
    }

    @Test
    void aCaseworkerCannotScreenAndNothingIsStored() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        screen(caseworker, file.id(), AN_ADULT_IN_NEED).andExpect(status().isForbidden());
        assertThat(screeningsOf(file.id())).isZero();
    }

    @Test
    void wrongAnswersAreRefusedNamingEachQuestionAndNothingIsStored() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        screen(consular, file.id(), """
                        {"answers": {"pregnant": "perhaps", "dependent-children": "900", "made-up": "yes"},
                         "applicationReference": "A-0000"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fields")
                        .value(org.hamcrest.Matchers.contains(
                                "pregnant",
                                "dependent-children",
                                "safe-place-tonight",
                                "legal-status",
                                "answers",
                                "applicationReference")))
                .andExpect(content().string(not(containsString("made-up"))));
        assertThat(screeningsOf(file.id())).isZero();
        assertThat(jdbc.sql("select child from cases_case where id = ?")
                        .param(file.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void theFormIsGroupedByLevelAndShowsAnErrorSummaryWithoutJavaScript() throws Exception {
        CaseFile file = open(CaseFixtures.anAdultAtTheConsulate());
        mvc.perform(get("/cases/{id}/screenings/new", file.id()).with(consular.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Household and family")))
                .andExpect(content().string(containsString("name=\"q.safe-place-tonight\"")));
        mvc.perform(post("/cases/{id}/screenings", file.id())
                        .with(consular.user())
                        .with(csrf())
                        .param("q.pregnant", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#q-safe-place-tonight\"")));
        String location = mvc.perform(post("/cases/{id}/screenings", file.id())
                        .with(consular.user())
                        .with(csrf())
                        .param("q.pregnant", "yes")
                        .param("q.safe-place-tonight", "no")
                        .param("q.legal-status", "pending"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(consular.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Medium intervention need")))
                .andExpect(content().string(containsString("Find a safe place to stay")));
        mvc.perform(get("/cases/{id}", file.id()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Medium intervention need")))
                .andExpect(content().string(not(containsString("Screen this person"))));
    }

    private CaseFile open(NewCase typed) {
        return transactions.execute(status -> cases.open(consular.actor(), typed));
    }

    private ResultActions screen(Member member, UUID caseId, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/screenings", caseId)
                .with(member.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static UUID id(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return UUID.fromString(
                JsonMapper.builder().build().readTree(body).get("id").asString());
    }

    private long screeningsOf(UUID caseId) {
        return jdbc.sql("select count(*) from screening_screening where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    static NewCase anAdultMetAtTheBorder() {
        return new NewCase(
                "Yusuf Adan",
                LocalDate.of(2000, 1, 1),
                "male",
                "SOM",
                List.of("so"),
                null,
                ContactPoint.BORDER,
                "Southern border post",
                LocalDate.now(),
                null);
    }
}
