package org.openpathways.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CasesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    TransactionTemplate transactions;

    private CaseFixtures fixtures;
    private UUID consulate;
    private Member consular;

    @BeforeEach
    void aConsulate() {
        fixtures = new CaseFixtures(jdbc);
        consulate = fixtures.anOrganisation();
        consular = fixtures.aMember(consulate, Role.CONSULAR);
    }

    @Test
    void aConsularOfficerOpensACaseThatBelongsToTheirOrganisation() throws Exception {
        String body = mvc.perform(post("/api/v1/cases")
                        .with(consular.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CaseFixtures.json(CaseFixtures.aTeenagerAtTheBorder())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("C-.{4}-.{4}-.")))
                .andExpect(jsonPath("$.organisation").value(consulate.toString()))
                .andExpect(jsonPath("$.person.nationality").value("SYR"))
                .andExpect(jsonPath("$.child").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID id = UUID.fromString(
                JsonMapper.builder().build().readTree(body).get("id").asString());
        assertThat(actions(id)).containsExactly("cases.opened");

        mvc.perform(get("/api/v1/cases/{id}", id).with(consular.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.fullName").value("Samir Haddad"));
    }

    @Test
    void staffOfTheOwningOrganisationSeeTheCaseAndOthersGetNotFound() throws Exception {
        CaseFile file = open(consular, CaseFixtures.anAdultAtTheConsulate());
        for (Role role : List.of(Role.CONSULAR, Role.CASEWORKER, Role.SUPERVISOR, Role.CHILD_PROTECTION)) {
            Member colleague = fixtures.aMember(consulate, role);
            mvc.perform(get("/api/v1/cases/{id}", file.id()).with(colleague.user()))
                    .andExpect(status().isOk());
        }
        UUID elsewhere = fixtures.anOrganisation();
        for (Role role : List.of(Role.CONSULAR, Role.CASEWORKER, Role.SUPERVISOR, Role.CHILD_PROTECTION)) {
            Member stranger = fixtures.aMember(elsewhere, role);
            mvc.perform(get("/api/v1/cases/{id}", file.id()).with(stranger.user()))
                    .andExpect(status().isNotFound());
            assertThat(cases.visibleTo(stranger.actor(), file.id())).isFalse();
        }
        for (Role role : List.of(Role.ADMIN, Role.ANALYST, Role.SERVICE_PROVIDER, Role.APPLICANT, Role.AUDITOR)) {
            Member outsider = fixtures.aMember(consulate, role);
            mvc.perform(get("/api/v1/cases/{id}", file.id()).with(outsider.user()))
                    .andExpect(status().isForbidden());
            assertThat(cases.visibleTo(outsider.actor(), file.id())).isFalse();
        }
    }

    @Test
    void childProtectionOfAnyOrganisationSeesAChildsCaseOnly() throws Exception {
        CaseFile file = open(consular, CaseFixtures.aTeenagerAtTheBorder());
        Member childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
        Member caseworkerElsewhere = fixtures.aMember(childProtection.organisation(), Role.CASEWORKER);
        assertThat(cases.visibleTo(childProtection.actor(), file.id())).isFalse();

        transactions.executeWithoutResult(status -> cases.markChild(file.id(), true));

        mvc.perform(get("/api/v1/cases/{id}", file.id()).with(childProtection.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.child").value(true));
        mvc.perform(get("/api/v1/cases/{id}", file.id()).with(caseworkerElsewhere.user()))
                .andExpect(status().isNotFound());
        assertThat(actions(file.id())).contains("cases.child-status-changed");
        assertThat(cases.list(childProtection.actor()))
                .extracting(CaseSummary::id)
                .contains(file.id());
        assertThat(cases.list(caseworkerElsewhere.actor()))
                .extracting(CaseSummary::id)
                .doesNotContain(file.id());
    }

    @Test
    void theAssignedOfficerSeesTheCaseAndAStaleAssignmentIsRefused() {
        CaseFile file = open(consular, CaseFixtures.anAdultAtTheConsulate());
        Member colleague = fixtures.aMember(consulate, Role.CONSULAR);
        Member supervisor = fixtures.aMember(consulate, Role.SUPERVISOR);
        CaseFile assigned =
                transactions.execute(status -> cases.assign(supervisor.actor(), file.id(), colleague.account(), 0));
        assertThat(assigned.assignedTo()).isEqualTo(colleague.account());
        assertThat(assigned.version()).isEqualTo(1);
        assertThatThrownBy(() -> transactions.execute(
                        status -> cases.assign(supervisor.actor(), file.id(), consular.account(), 0)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo("cases.stale"));
        Member stranger = fixtures.aMember(fixtures.anOrganisation(), Role.CONSULAR);
        assertThatThrownBy(() -> transactions.execute(
                        status -> cases.assign(supervisor.actor(), file.id(), stranger.account(), 1)))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo("cases.assignee-invalid"));
    }

    @Test
    void theIdentityIsEncryptedAtRest() {
        CaseFile file = open(consular, CaseFixtures.aTeenagerAtTheBorder());
        String stored = jdbc.sql("select identity from cases_case where id = ?")
                .param(file.id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("Samir").doesNotContain("SYR").doesNotContain("+963");
        assertThat(encryption.decrypt(stored, "cases_case.identity")).contains("Samir Haddad");
    }

    @Test
    void everyReadByStaffIsAuditedWithItsPurpose() throws Exception {
        CaseFile file = open(consular, CaseFixtures.anAdultAtTheConsulate());
        mvc.perform(get("/api/v1/cases/{id}", file.id()).with(consular.user())).andExpect(status().isOk());
        transactions.execute(status -> cases.find(consular.actor(), file.id(), "screening"));
        List<String> purposes = jdbc.sql("select purpose from audit_entry where record_type = 'case' and record_id = ?"
                        + " and action = 'cases.read' order by sequence")
                .param(file.id().toString())
                .query(String.class)
                .list();
        assertThat(purposes).containsExactly(Cases.CASE_WORK, "screening");
    }

    @Test
    void aCaseWithWrongValuesIsRefusedNamingEachFieldAndNothingIsStored() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/cases")
                        .with(consular.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName": "<b>x</b>", "nationality": "Syria", "contactPoint": "BORDER",
                                 "place": "Post", "contactDate": "2999-01-01", "applicationReference": "A-1"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.fields")
                        .value(org.hamcrest.Matchers.contains(
                                "fullName", "nationality", "contactDate", "applicationReference")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void staffWithoutAnOrganisationCannotOpenACase() throws Exception {
        mvc.perform(post("/api/v1/cases")
                        .with(user(UUID.randomUUID().toString()).roles("CONSULAR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CaseFixtures.json(CaseFixtures.anAdultAtTheConsulate())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormOpensACaseAndShowsEachErrorWithoutJavaScript() throws Exception {
        mvc.perform(get("/cases/new").with(consular.user())).andExpect(status().isOk());
        mvc.perform(post("/cases").with(consular.user()).with(csrf()).param("fullName", "Amal"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#contactPoint\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#place\"")));
        mvc.perform(post("/cases")
                        .with(consular.user())
                        .with(csrf())
                        .param("fullName", "Amal Idris")
                        .param("contactPoint", "CONSULATE")
                        .param("place", "Visa hall")
                        .param("contactDate", java.time.LocalDate.now().toString())
                        .param("languages", "ar, fr"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/*"));
        mvc.perform(get("/cases").with(consular.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Visa hall")));
    }

    private CaseFile open(Member member, NewCase typed) {
        return transactions.execute(status -> cases.open(member.actor(), typed));
    }

    private long count() {
        return jdbc.sql("select count(*) from cases_case").query(Long.class).single();
    }

    private List<String> actions(UUID id) {
        return jdbc.sql("select action from audit_entry where record_type = 'case' and record_id = ? order by sequence")
                .param(id.toString())
                .query(String.class)
                .list();
    }
}
