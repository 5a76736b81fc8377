package org.openpathways.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.Cases;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ChildrenTest {

    static final String INTERVIEW = """
            {"representativeRole": "guardian", "representativeName": "Hana Yousef", "language": "ar",
             "summary": "Travelled alone from the border town; wants to reach an aunt."}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    TransactionTemplate transactions;

    private CaseFixtures fixtures;
    private UUID consulate;
    private Member consular;
    private Member childProtection;

    @BeforeEach
    void aConsulateAndAChildProtectionService() {
        fixtures = new CaseFixtures(jdbc);
        consulate = fixtures.anOrganisation();
        consular = fixtures.aMember(consulate, Role.CONSULAR);
        childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
    }

    @Test
    void onlyChildProtectionRecordsAnInterviewAndARefusalIsAuditedAndChangesNothing() throws Exception {
        CaseFile child = aChildsCase();
        Member caseworker = fixtures.aMember(consulate, Role.CASEWORKER);
        for (Member other : List.of(caseworker, consular, fixtures.aMember(consulate, Role.SUPERVISOR))) {
            call(other, child.id(), "child-interviews", INTERVIEW).andExpect(status().isForbidden());
        }
        assertThat(interviews(child.id())).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'screening.refused' and record_id = ?"
                                + " and details like '%child-interview%'")
                        .param(child.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        mvc.perform(post("/cases/{id}/child/interviews", child.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .param("representativeRole", "guardian")
                        .param("representativeName", "Hana Yousef")
                        .param("language", "ar")
                        .param("summary", "A summary"))
                .andExpect(status().isForbidden());
        assertThat(interviews(child.id())).isZero();

        call(childProtection, child.id(), "child-interviews", INTERVIEW)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.interviews[0].representativeName").value("Hana Yousef"));
        assertThat(interviews(child.id())).isEqualTo(1);
    }

    @Test
    void anInterviewWithoutTheRepresentativePresentIsRefusedAndNothingIsStored() throws Exception {
        CaseFile child = aChildsCase();
        call(childProtection, child.id(), "child-interviews", """
                        {"representativeRole": "guardian", "language": "ar", "summary": "Alone"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(containsString("screening.representative-required")))
                .andExpect(jsonPath("$.fields[0]").value("representativeName"));
        mvc.perform(post("/cases/{id}/child/interviews", child.id())
                        .with(childProtection.user())
                        .with(csrf())
                        .param("representativeRole", "guardian")
                        .param("language", "ar")
                        .param("summary", "Alone"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("href=\"#interviews-representativeName\"")));
        assertThat(interviews(child.id())).isZero();
    }

    @Test
    void theLowerBoundOfAnAssessedAgeCountsSoDoubtBenefitsThePerson() throws Exception {
        CaseFile adult =
                transactions.execute(status -> cases.open(consular.actor(), ScreeningTest.anAdultMetAtTheBorder()));
        call(consular, adult.id(), "age-assessments", """
                        {"method": "documents", "minAge": 18, "maxAge": 21}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.child").value(false));
        assertThat(childFlag(adult.id())).isFalse();
        call(consular, adult.id(), "age-assessments", """
                        {"method": "interview", "minAge": 16, "maxAge": 19, "notes": "Says he is 19"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.child").value(true));
        assertThat(childFlag(adult.id())).isTrue();
        call(consular, adult.id(), "age-assessments", """
                        {"method": "astrology", "minAge": 20, "maxAge": 17}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("method", "maxAge")));
    }

    @Test
    void aGuardianIsDueWithinTheConfiguredHoursAndOverdueOnesComeFirstOnTheDashboard() throws Exception {
        CaseFile late = aChildsCase();
        CaseFile onTime = aChildsCase();
        jdbc.sql("update screening_child set guardian_due_at = now() - interval '2 hours' where case_id = ?")
                .param(late.id())
                .update();
        Double hours = jdbc.sql("select extract(epoch from guardian_due_at - child_since) / 3600 from screening_child"
                        + " where case_id = ?")
                .param(onTime.id())
                .query(Double.class)
                .single();
        assertThat(hours).isEqualTo(24.0);
        mvc.perform(get("/api/v1/child-protection/cases").with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].guardianOverdue").value(true))
                .andExpect(jsonPath("$[?(@.caseId == '" + late.id() + "')].guardianOverdue")
                        .value(org.hamcrest.Matchers.hasItem(true)))
                .andExpect(jsonPath("$[?(@.caseId == '" + onTime.id() + "')].guardianOverdue")
                        .value(org.hamcrest.Matchers.hasItem(false)));
        call(childProtection, late.id(), "guardians", """
                        {"role": "guardian", "name": "Hana Yousef", "organisation": "Guardianship Office"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.guardianOverdue").value(false));
        call(consular, late.id(), "guardians", """
                        {"role": "guardian", "name": "Someone"}""").andExpect(status().isForbidden());
    }

    @Test
    void aDeterminationNeedsAPanelOfThreeDistinctMembersEachWithAView() throws Exception {
        CaseFile child = aChildsCase();
        call(childProtection, child.id(), "best-interests-assessments", """
                        {"situations": ["durable-solution"], "form": {"safety": "Safe in the shelter",
                         "childViews": "Wants to join her aunt", "recommendation": "Family reunification"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.determinationsRequired[0]").value("durable-solution"));
        Member second = fixtures.aMember(childProtection.organisation(), Role.CHILD_PROTECTION);
        Member third = fixtures.aMember(childProtection.organisation(), Role.CHILD_PROTECTION);
        String twice = panel(childProtection, second, second);
        call(childProtection, child.id(), "best-interests-determinations", twice)
                .andExpect(status().isUnprocessableContent());
        String two = """
                {"situation": "durable-solution", "decision": "Reunify", "panel": [
                 {"member": "%s", "view": "Agree"}, {"member": "%s", "view": "Agree"}]}""".formatted(childProtection.account(), second.account());
        call(childProtection, child.id(), "best-interests-determinations", two)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(containsString("panel-too-small")));
        assertThat(jdbc.sql("select count(*) from screening_best_interests_determination where case_id = ?")
                        .param(child.id())
                        .query(Long.class)
                        .single())
                .isZero();
        call(childProtection, child.id(), "best-interests-determinations", panel(childProtection, second, third))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.determinations[0].panel.length()").value(3))
                .andExpect(jsonPath("$.determinationsRequired").isEmpty());
        mvc.perform(get("/cases/{id}/child", child.id()).with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agree with reunification")));
    }

    @Test
    void screeningStaffFlagAnUnaccompaniedChildAndChildProtectionElsewhereReadsTheAnswers() throws Exception {
        CaseFile child = aChildsCase();
        mvc.perform(post("/cases/{id}/child/flags", child.id())
                        .with(consular.user())
                        .with(csrf())
                        .param("unaccompanied", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/{id}/child", child.id()).with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.unaccompanied").value(true))
                .andExpect(jsonPath("$.status.separated").value(false));
        UUID screening = jdbc.sql("select id from screening_screening where case_id = ?")
                .param(child.id())
                .query(UUID.class)
                .single();
        mvc.perform(get("/api/v1/screenings/{id}", screening).with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.travelling-alone").value("yes"));
        Member caseworkerElsewhere = fixtures.aMember(childProtection.organisation(), Role.CASEWORKER);
        mvc.perform(get("/api/v1/screenings/{id}", screening).with(caseworkerElsewhere.user()))
                .andExpect(status().isNotFound());
    }

    private static String panel(Member first, Member second, Member third) {
        return """
                {"situation": "durable-solution", "decision": "Reunify with the aunt", "panel": [
                 {"member": "%s", "view": "Agree with reunification"}, {"member": "%s", "view": "Agree"},
                 {"member": "%s", "view": "Agree, after a home visit"}]}""".formatted(first.account(), second.account(), third.account());
    }

    private CaseFile aChildsCase() throws Exception {
        CaseFile file =
                transactions.execute(status -> cases.open(consular.actor(), CaseFixtures.aTeenagerAtTheBorder()));
        mvc.perform(post("/api/v1/cases/{id}/screenings", file.id())
                        .with(consular.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ScreeningTest.A_CHILD_ALONE))
                .andExpect(status().isCreated());
        return file;
    }

    private ResultActions call(Member member, UUID caseId, String what, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/cases/{id}/" + what, caseId)
                .with(member.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long interviews(UUID caseId) {
        return jdbc.sql("select count(*) from screening_child_interview where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private boolean childFlag(UUID caseId) {
        return jdbc.sql("select child from cases_case where id = ?")
                .param(caseId)
                .query(Boolean.class)
                .single();
    }
}
