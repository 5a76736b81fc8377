package org.openpathways.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseManagementPagesTest extends OfficeCaseTest {

    @Autowired
    CaseApprovals approvals;

    @Autowired
    CaseTransfers transfers;

    @Test
    void theCasePageShowsCaseManagementAndOnlySupervisorsGetTheAssignAndTransferForms() throws Exception {
        mvc.perform(get("/cases/{id}", file.id()).with(supervisor.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tasks\"")))
                .andExpect(content().string(containsString("/assignment\"")))
                .andExpect(content().string(containsString("/transfers\"")));
        mvc.perform(get("/cases/{id}", file.id()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tasks\"")))
                .andExpect(content().string(not(containsString("/assignment\""))))
                .andExpect(content().string(not(containsString("/transfers\""))));
    }

    @Test
    void aRefusedTaskShowsTheFormAgainWithAnErrorSummaryAndAGoodOneRedirects() throws Exception {
        mvc.perform(post("/cases/{id}/tasks", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .param("title", "")
                        .param("dueDate", "2001-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("href=\"#dueDate\"")));
        mvc.perform(post("/cases/{id}/tasks", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .param("title", "Find an interpreter")
                        .param("dueDate", LocalDate.now().plusDays(1).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + file.id() + "#tasks"));
        mvc.perform(get("/cases/my-tasks").with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Find an interpreter")));
    }

    @Test
    void aSupervisorDecidesAndACaseworkerWritesARestrictedNoteThroughTheFormsAndEachStepIsAudited() throws Exception {
        ApprovalEntry request =
                transactions.execute(status -> approvals.request(caseworker.actor(), file.id(), "Bus fare", null));
        mvc.perform(post("/cases/{id}/approvals/{request}/decision", file.id(), request.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#comment\"")));
        mvc.perform(post("/cases/{id}/approvals/{request}/decision", file.id(), request.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .param("decision", "APPROVED")
                        .param("comment", "Within budget"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + file.id() + "#approvals"));
        mvc.perform(post("/cases/{id}/notes", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .param("sensitivity", "RESTRICTED")
                        .param("text", "Afraid of the people\nwho brought her here"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{id}", file.id()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Within budget")))
                .andExpect(content().string(containsString("who brought her here")));

        assertThat(jdbc.sql("select action from audit_entry where record_type = 'case' and record_id = ?")
                        .param(file.id().toString())
                        .query(String.class)
                        .list())
                .contains(
                        "cases.approval-requested",
                        "cases.approval-decided",
                        "cases.note-written",
                        "cases.notes-read",
                        "cases.ownership-read");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cases.restricted-note-read'"
                                + " and details like ?")
                        .param("%" + file.id() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTransferToAnOrganisationThatCannotHoldCasesIsExplainedOnTheForm() throws Exception {
        UUID shelter = UUID.randomUUID();
        jdbc.sql(
                        "insert into accounts_organisation (id, name, kind, created_at) values (?, ?, 'SERVICE_PROVIDER', now())")
                .params(shelter, "Shelter " + shelter)
                .update();
        mvc.perform(post("/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .param("organisation", shelter.toString())
                        .param("service", "CASE_MANAGEMENT")
                        .param("reason", "Needs a bed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#organisation\"")))
                .andExpect(content().string(containsString("do not work on protection cases")));
    }

    @Test
    void theSupervisorDashboardShowsPendingApprovalsAndTransfersAndTheReceiverAcceptsFromIt() throws Exception {
        transactions.execute(status -> approvals.request(caseworker.actor(), file.id(), "Hotel for two nights", null));
        UUID receiver = fixtures.anOrganisation();
        Member receivingSupervisor = fixtures.aMember(receiver, Role.SUPERVISOR);
        CaseTransfer transfer = transactions.execute(status -> transfers.request(
                supervisor.actor(), file.id(), receiver, TransferService.CASE_MANAGEMENT, "Family lives there"));

        mvc.perform(get("/cases/supervision").with(supervisor.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hotel for two nights")))
                .andExpect(content().string(containsString(file.reference())));
        mvc.perform(get("/cases/supervision").with(caseworker.user())).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{id}/transfers/{transfer}/decision", file.id(), transfer.id())
                        .with(receivingSupervisor.user())
                        .with(csrf())
                        .param("decision", "DECLINED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(get("/cases/supervision").with(receivingSupervisor.user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Family lives there")));
        mvc.perform(post("/cases/{id}/transfers/{transfer}/decision", file.id(), transfer.id())
                        .with(receivingSupervisor.user())
                        .with(csrf())
                        .param("decision", "ACCEPTED")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/supervision"));
        assertThat(jdbc.sql("select organisation_id from cases_case where id = ?")
                        .param(file.id())
                        .query(UUID.class)
                        .single())
                .isEqualTo(receiver);
    }
}
