package org.openpathways.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sits on a best-interests determination panel: staff who work on cases (child protection anywhere, case staff of
 * the owning organisation), chosen by name on the page, and shown by name with their view once recorded.
 */
@IntegrationTest
class BestInterestsPanelTest {

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
    private Member officer;
    private String suffix;

    @BeforeEach
    void aConsulateAndAChildProtectionService() {
        fixtures = new CaseFixtures(jdbc);
        consulate = fixtures.anOrganisation();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        consular = named(consulate, Role.CONSULAR, "Carla Mendes " + suffix);
        officer = named(fixtures.anOrganisation(), Role.CHILD_PROTECTION, "Amina Diallo " + suffix);
    }

    @Test
    void aServiceProvidersStaffAnApplicantOrCaseStaffElsewhereCannotSitOnAPanelAndNothingIsStored() throws Exception {
        CaseFile child = aChildsCase();
        Member second = named(officer.organisation(), Role.CHILD_PROTECTION, "Bruno Costa " + suffix);
        Member provider = fixtures.aMember(fixtures.anOrganisation(), Role.SERVICE_PROVIDER);
        Member caseworkerElsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        UUID applicant = anApplicant();
        for (UUID outsider : List.of(provider.account(), caseworkerElsewhere.account(), applicant)) {
            call(officer, child.id(), panel(officer.account(), second.account(), outsider))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.fields[0]").value("panel"));
        }
        mvc.perform(post("/cases/{id}/child/determinations", child.id())
                        .with(officer.user())
                        .with(csrf())
                        .param("situation", "durable-solution")
                        .param("decision", "Reunify")
                        .param("member1", officer.account().toString())
                        .param("view1", "Agree")
                        .param("member2", second.account().toString())
                        .param("view2", "Agree")
                        .param("member3", provider.account().toString())
                        .param("view3", "Agree"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("href=\"#determinations-panel\"")));
        assertThat(determinations(child.id())).isZero();
        assertThat(jdbc.sql("select count(*) from screening_panel_member where member in (?, ?, ?)")
                        .params(provider.account(), caseworkerElsewhere.account(), applicant)
                        .query(Long.class)
                        .single())
                .isZero();

        Member caseworkerHere = fixtures.aMember(consulate, Role.CASEWORKER);
        call(officer, child.id(), panel(officer.account(), second.account(), caseworkerHere.account()))
                .andExpect(status().isCreated());
        assertThat(determinations(child.id())).isEqualTo(1);
    }

    @Test
    void theFormOffersEligibleMembersByNameAndTheDeterminationShowsEachMembersNameWithTheirView() throws Exception {
        CaseFile child = aChildsCase();
        Member second = named(fixtures.anOrganisation(), Role.CHILD_PROTECTION, "Bruno Costa " + suffix);
        Member elsewhere = named(fixtures.anOrganisation(), Role.CASEWORKER, "Dmitri Volkov " + suffix);
        Member provider = named(fixtures.anOrganisation(), Role.SERVICE_PROVIDER, "Eve Lindqvist " + suffix);

        String page = mvc.perform(get("/cases/{id}/child", child.id()).with(officer.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String options = page.substring(
                page.indexOf("id=\"member1\""), page.indexOf("</select>", page.indexOf("id=\"member1\"")));
        assertThat(options)
                .contains("value=\"" + officer.account() + "\" selected=\"selected\">Amina Diallo " + suffix + " (you)")
                .contains("value=\"" + second.account() + "\">Bruno Costa " + suffix)
                .contains("value=\"" + consular.account() + "\">Carla Mendes " + suffix)
                .doesNotContain(
                        "Dmitri Volkov",
                        "Eve Lindqvist",
                        elsewhere.account().toString(),
                        provider.account().toString());
        assertThat(options.indexOf("Amina Diallo")).isLessThan(options.indexOf("Bruno Costa"));
        assertThat(options.indexOf("Bruno Costa " + suffix)).isLessThan(options.indexOf("Carla Mendes " + suffix));

        mvc.perform(post("/cases/{id}/child/determinations", child.id())
                        .with(officer.user())
                        .with(csrf())
                        .param("situation", "durable-solution")
                        .param("decision", "Placement with the aunt")
                        .param("member1", officer.account().toString())
                        .param("view1", "Agree: the home visit found a safe home")
                        .param("member2", second.account().toString())
                        .param("view2", "Agree, with school enrolment")
                        .param("member3", consular.account().toString())
                        .param("view3", "Agree; her wish is clear")
                        .param("member4", "")
                        .param("view4", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select member from screening_panel_member p join screening_best_interests_determination d"
                                + " on d.id = p.determination_id where d.case_id = ? order by position")
                        .param(child.id())
                        .query(UUID.class)
                        .list())
                .containsExactly(officer.account(), second.account(), consular.account());

        String recorded = mvc.perform(get("/cases/{id}/child", child.id()).with(officer.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(recorded)
                .contains(">Amina Diallo " + suffix + "</dt>")
                .contains(">Agree: the home visit found a safe home</dd>")
                .contains(">Bruno Costa " + suffix + "</dt>")
                .contains(">Agree, with school enrolment</dd>")
                .contains(">Carla Mendes " + suffix + "</dt>")
                .contains(">Agree; her wish is clear</dd>");
        mvc.perform(get("/api/v1/cases/{id}/child", child.id()).with(officer.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.determinations[0].panel[1].name").value("Bruno Costa " + suffix))
                .andExpect(jsonPath("$.determinations[0].panel[1].view").value("Agree, with school enrolment"));
    }

    private Member named(UUID organisation, Role role, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, status, organisation_id,
                            preferred_language, created_at)
                        values (?, ?, 'not-used', ?, 'ACTIVE', ?, 'en', now())
                        """)
                .params(id, "index-" + id, encryption.encrypt(name, "accounts_account.display_name"), organisation)
                .update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, ?)")
                .params(id, role.name())
                .update();
        return new Member(id, organisation, role);
    }

    private UUID anApplicant() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, status, preferred_language,
                            created_at)
                        values (?, ?, 'not-used', 'not-used', 'ACTIVE', 'en', now())
                        """).params(id, "index-" + id).update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, 'APPLICANT')")
                .param(id)
                .update();
        return id;
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

    private static String panel(UUID first, UUID second, UUID third) {
        return """
                {"situation": "durable-solution", "decision": "Reunify with the aunt", "panel": [
                 {"member": "%s", "view": "Agree"}, {"member": "%s", "view": "Agree"},
                 {"member": "%s", "view": "Agree, after a home visit"}]}""".formatted(first, second, third);
    }

    private ResultActions call(Member member, UUID caseId, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/best-interests-determinations", caseId)
                .with(member.user())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long determinations(UUID caseId) {
        return jdbc.sql("select count(*) from screening_best_interests_determination where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }
}
