package org.openpathways.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

@IntegrationTest
class CaseAssignmentAndTasksTest extends OfficeCaseTest {

    @Autowired
    CaseTasks tasks;

    @Autowired
    CaseOwnership ownership;

    @Test
    void aSupervisorReassignsAndTheHistoryKeepsWhoWhenByWhomAndWhy() {
        Member other = fixtures.aMember(authority, Role.CASEWORKER);
        transactions.execute(status -> cases.assign(supervisor.actor(), file.id(), caseworker.account(), "First", 0));
        CaseFile reassigned = transactions.execute(
                status -> cases.assign(supervisor.actor(), file.id(), other.account(), "Leave cover", 1));

        assertThat(reassigned.assignedTo()).isEqualTo(other.account());
        List<OwnershipStep> history = transactions.execute(status -> ownership.history(caseworker.actor(), file.id()));
        assertThat(history)
                .extracting(
                        OwnershipStep::kind, OwnershipStep::assignedTo, OwnershipStep::takenBy, OwnershipStep::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                OwnershipStep.Kind.OPENED, null, caseworker.account(), null),
                        org.assertj.core.groups.Tuple.tuple(
                                OwnershipStep.Kind.ASSIGNED, caseworker.account(), supervisor.account(), "First"),
                        org.assertj.core.groups.Tuple.tuple(
                                OwnershipStep.Kind.ASSIGNED, other.account(), supervisor.account(), "Leave cover"));
        assertThat(history).allSatisfy(step -> assertThat(step.organisationId()).isEqualTo(authority));
    }

    @Test
    void onlyASupervisorAssignsAndOnlyToCaseStaffOfTheOwningOrganisation() throws Exception {
        assertThat(refusal(() -> cases.assign(caseworker.actor(), file.id(), caseworker.account(), null, 0)))
                .isEqualTo("cases.not-allowed");
        Member analyst = fixtures.aMember(authority, Role.ANALYST);
        assertThat(refusal(() -> cases.assign(supervisor.actor(), file.id(), analyst.account(), null, 0)))
                .isEqualTo("cases.assignee-invalid");
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        assertThat(refusal(() -> cases.assign(supervisor.actor(), file.id(), elsewhere.account(), null, 0)))
                .isEqualTo("cases.assignee-invalid");
        Member supervisorElsewhere = fixtures.aMember(elsewhere.organisation(), Role.SUPERVISOR);
        assertThat(refusal(() -> cases.assign(supervisorElsewhere.actor(), file.id(), caseworker.account(), null, 0)))
                .isEqualTo("cases.not-found");

        mvc.perform(post("/api/v1/cases/{id}/assignment", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + caseworker.account() + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases/{id}/assignment", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + analyst.account() + "\", \"version\": 0}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(assignee()).isNull();
        mvc.perform(post("/api/v1/cases/{id}/assignment", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + caseworker.account() + "\", \"version\": 7}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cases/{id}/assignment", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + caseworker.account() + "\", \"version\": 0, \"reason\": \"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignedTo").value(caseworker.account().toString()));
        assertThat(assignee()).isEqualTo(caseworker.account());
    }

    @Test
    void childProtectionAssignsOnAChildsCase() {
        transactions.executeWithoutResult(status -> cases.markChild(file.id(), true));
        Member childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
        CaseFile assigned = transactions.execute(status ->
                cases.assign(childProtection.actor(), file.id(), caseworker.account(), "Child", file.version() + 1));
        assertThat(assigned.assignedTo()).isEqualTo(caseworker.account());
    }

    @Test
    void tasksAreCreatedCompletedAndOverdueOnesComeFirstOnMyTasks() throws Exception {
        CaseTask later = create(new NewTask("Call the shelter", LocalDate.now().plusDays(5), caseworker.account()));
        CaseTask soon = create(new NewTask("Book an interpreter", LocalDate.now(), null));
        jdbc.sql("update cases_task set due_date = ? where id = ?")
                .params(LocalDate.now().minusDays(2), soon.id())
                .update();

        mvc.perform(get("/api/v1/cases/my-tasks").with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Book an interpreter"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].title").value("Call the shelter"))
                .andExpect(jsonPath("$[1].overdue").value(false));
        mvc.perform(get("/api/v1/cases/supervision").with(supervisor.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdueTasks[?(@.id == '" + soon.id() + "')]")
                        .exists())
                .andExpect(jsonPath("$.overdueTasks[?(@.id == '" + later.id() + "')]")
                        .doesNotExist());
        mvc.perform(get("/api/v1/cases/supervision").with(caseworker.user())).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/cases/{id}/tasks/{task}/completion", file.id(), soon.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedBy").value(caseworker.account().toString()));
        mvc.perform(post("/api/v1/cases/{id}/tasks/{task}/completion", file.id(), soon.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1}"))
                .andExpect(status().isConflict());
        assertThat(tasks.mine(caseworker.actor())).extracting(CaseTask::id).containsExactly(later.id());
    }

    @Test
    void aTaskIsCompletedOnlyByWhoeverIsInChargeCreatedItOrSupervises() {
        CaseTask task = create(new NewTask("Visit", LocalDate.now().plusDays(1), caseworker.account()));
        Member colleague = fixtures.aMember(authority, Role.CONSULAR);
        assertThat(refusal(() -> tasks.complete(colleague.actor(), file.id(), task.id(), 0)))
                .isEqualTo("cases.task-not-yours");
        Member stranger = fixtures.aMember(fixtures.anOrganisation(), Role.SUPERVISOR);
        assertThat(refusal(() -> tasks.complete(stranger.actor(), file.id(), task.id(), 0)))
                .isEqualTo("cases.not-found");
        CaseTask done = transactions.execute(status -> tasks.complete(supervisor.actor(), file.id(), task.id(), 0));
        assertThat(done.open()).isFalse();
    }

    @Test
    void aTaskWithWrongValuesIsRefusedNamingEachFieldAndNothingIsStored() throws Exception {
        Member elsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        mvc.perform(post("/api/v1/cases/{id}/tasks", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"<script>\", \"dueDate\": \"2001-01-01\", \"assignedTo\": \""
                                + elsewhere.account() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.fields").value(org.hamcrest.Matchers.contains("title", "dueDate", "assignedTo")));
        mvc.perform(post("/api/v1/cases/{id}/tasks", file.id())
                        .with(fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER)
                                .user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Visit\", \"dueDate\": \"" + LocalDate.now() + "\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from cases_task where case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theOwnershipHistoryIsAppendOnlyInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("update cases_ownership set reason = 'rewritten' where case_id = ?")
                        .param(file.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from cases_ownership where case_id = ?")
                        .param(file.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    private CaseTask create(NewTask typed) {
        return transactions.execute(status -> tasks.create(caseworker.actor(), file.id(), typed));
    }

    private UUID assignee() {
        return jdbc.sql("select assigned_to from cases_case where id = ?")
                .param(file.id())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .get(0);
    }

    private String refusal(java.util.function.Supplier<?> action) {
        try {
            transactions.execute(status -> action.get());
        } catch (ProblemException refused) {
            return refused.type();
        }
        throw new AssertionError("Not refused");
    }
}
