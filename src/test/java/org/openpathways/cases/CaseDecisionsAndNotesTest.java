package org.openpathways.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

@IntegrationTest
class CaseDecisionsAndNotesTest extends OfficeCaseTest {

    @Autowired
    CaseApprovals approvals;

    @Autowired
    CaseNotes notes;

    @Autowired
    CaseTransfers transfers;

    @Autowired
    CaseOwnership ownership;

    @Autowired
    FieldEncryption encryption;

    @Test
    void aRequestIsDecidedOnceByAnotherSupervisorAndTheHistoryIsAListOfEntries() throws Exception {
        ApprovalEntry request = transactions.execute(
                status -> approvals.request(caseworker.actor(), file.id(), "Emergency shelter", "Two nights"));

        mvc.perform(post("/api/v1/cases/{id}/approvals/{request}/decision", file.id(), request.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVED\", \"comment\": \"Fine\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("cases.approval-not-allowed")));
        mvc.perform(post("/api/v1/cases/{id}/approvals/{request}/decision", file.id(), request.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVED\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(entries()).isEqualTo(1);
        mvc.perform(post("/api/v1/cases/{id}/approvals/{request}/decision", file.id(), request.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECTED\", \"comment\": \"Use the partner shelter\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REJECTED"));
        Member secondSupervisor = fixtures.aMember(authority, Role.SUPERVISOR);
        assertThat(refusal(() -> approvals.decide(secondSupervisor.actor(), file.id(), request.id(), true, "Late")))
                .isEqualTo("cases.approval-decided");

        mvc.perform(get("/api/v1/cases/{id}/approvals", file.id()).with(caseworker.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("REQUESTED"))
                .andExpect(jsonPath("$[0].subject").value("Emergency shelter"))
                .andExpect(jsonPath("$[1].kind").value("REJECTED"))
                .andExpect(jsonPath("$[1].requestId").value(request.id().toString()));
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequestNeitherInTheServiceNorInTheSchema() {
        ApprovalEntry request =
                transactions.execute(status -> approvals.request(supervisor.actor(), file.id(), "Overtime", null));
        assertThat(refusal(() -> approvals.decide(supervisor.actor(), file.id(), request.id(), true, "Mine")))
                .isEqualTo("cases.approval-own-request");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into cases_approval (id, case_id, request_id, entry, comment, actor, requested_by,
                         recorded_at)
                        values (?, ?, ?, 'APPROVED', 'Mine', ?, ?, now())
                        """)
                        .params(UUID.randomUUID(), file.id(), request.id(), supervisor.account(), supervisor.account())
                        .update())
                .hasMessageContaining("cases_approval");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into cases_approval (id, case_id, request_id, entry, comment, actor, requested_by,
                         recorded_at)
                        values (?, ?, ?, 'APPROVED', 'Pretend', ?, ?, now())
                        """)
                        .params(UUID.randomUUID(), file.id(), request.id(), supervisor.account(), caseworker.account())
                        .update())
                .hasMessageContaining("cases_approval");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void approvalEntriesCannotBeChangedOrRemovedInTheDatabase() {
        transactions.execute(status -> approvals.request(caseworker.actor(), file.id(), "Travel", null));
        assertThatThrownBy(() -> jdbc.sql("update cases_approval set subject = 'Other' where case_id = ?")
                        .param(file.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from cases_approval where case_id = ?")
                        .param(file.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aRestrictedNoteIsHiddenFromAnotherTeamEvenInCountsAndEachReadIsAudited() throws Exception {
        transactions.execute(
                status -> notes.write(caseworker.actor(), file.id(), CaseNote.Sensitivity.NORMAL, "Arrived tired."));
        CaseNote restricted = transactions.execute(status -> notes.write(
                caseworker.actor(), file.id(), CaseNote.Sensitivity.RESTRICTED, "Disclosed abuse on the route."));
        // A caseworker of another team who was put in charge sees the case, but not the restricted note.
        Member otherTeam = fixtures.aMember(fixtures.anOrganisation(), Role.CASEWORKER);
        jdbc.sql("update cases_case set assigned_to = ? where id = ?")
                .params(otherTeam.account(), file.id())
                .update();
        mvc.perform(get("/api/v1/cases/{id}/notes", file.id()).with(otherTeam.user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].text").value("Arrived tired."));
        mvc.perform(get("/cases/{id}", file.id()).with(otherTeam.user()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Disclosed"))));
        assertThat(restrictedReads(restricted.id())).isZero();

        Member childProtection = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
        transactions.executeWithoutResult(status -> cases.markChild(file.id(), true));
        List<CaseNote> read =
                transactions.execute(status -> notes.read(childProtection.actor(), file.id(), "child-protection"));
        assertThat(read).extracting(CaseNote::text).contains("Disclosed abuse on the route.");
        mvc.perform(get("/api/v1/cases/{id}/notes", file.id()).with(supervisor.user()))
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(restrictedReads(restricted.id())).isEqualTo(2);
    }

    @Test
    void noteTextIsEncryptedAtRestAndBadNotesAreRefused() throws Exception {
        CaseNote note = transactions.execute(status -> notes.write(
                caseworker.actor(), file.id(), CaseNote.Sensitivity.RESTRICTED, "Speaks of threats from a smuggler"));
        String stored = jdbc.sql("select body from cases_note where id = ?")
                .param(note.id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("smuggler");
        assertThat(encryption.decrypt(stored, "cases_note.body")).isEqualTo("Speaks of threats from a smuggler");

        for (String body : List.of(
                "{\"sensitivity\": \"SECRET\", \"text\": \"x\"}",
                "{\"sensitivity\": \"NORMAL\"}",
                "{\"sensitivity\": \"NORMAL\", \"text\": \"<img src=x>\"}")) {
            mvc.perform(post("/api/v1/cases/{id}/notes", file.id())
                            .with(caseworker.user())
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isUnprocessableContent());
        }
        assertThat(jdbc.sql("select count(*) from cases_note where case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTransferTakesEffectOnlyWhenTheReceivingSupervisorAccepts() throws Exception {
        UUID receiver = fixtures.anOrganisation();
        Member receivingSupervisor = fixtures.aMember(receiver, Role.SUPERVISOR);
        Member receivingConsular = fixtures.aMember(receiver, Role.CONSULAR);
        transactions.execute(status -> cases.assign(supervisor.actor(), file.id(), caseworker.account(), null, 0));

        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(caseworker.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(receiver, "CASE_MANAGEMENT")))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(receiver, "CASE_MANAGEMENT")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID transfer = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        assertThat(owner()).isEqualTo(authority);
        mvc.perform(get("/api/v1/cases/{id}", file.id()).with(receivingSupervisor.user()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(receiver, "CASE_MANAGEMENT")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/supervision").with(receivingSupervisor.user()))
                .andExpect(jsonPath("$.transfersIn[0].id").value(transfer.toString()));
        mvc.perform(get("/api/v1/cases/supervision").with(supervisor.user()))
                .andExpect(jsonPath("$.transfersOut[0].id").value(transfer.toString()));

        mvc.perform(post("/api/v1/cases/{id}/transfers/{transfer}/decision", file.id(), transfer)
                        .with(receivingConsular.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPTED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/{id}/transfers/{transfer}/decision", file.id(), transfer)
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPTED\"}"))
                .andExpect(status().isForbidden());
        assertThat(owner()).isEqualTo(authority);
        mvc.perform(post("/api/v1/cases/{id}/transfers/{transfer}/decision", file.id(), transfer)
                        .with(receivingSupervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPTED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/cases/{id}/transfers/{transfer}/decision", file.id(), transfer)
                        .with(receivingSupervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPTED\"}"))
                .andExpect(status().isConflict());

        assertThat(owner()).isEqualTo(receiver);
        mvc.perform(get("/api/v1/cases/{id}", file.id()).with(caseworker.user()))
                .andExpect(status().isNotFound());
        List<OwnershipStep> history =
                transactions.execute(status -> ownership.history(receivingSupervisor.actor(), file.id()));
        assertThat(history)
                .extracting(OwnershipStep::kind, OwnershipStep::organisationId, OwnershipStep::assignedTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OwnershipStep.Kind.OPENED, authority, null),
                        org.assertj.core.groups.Tuple.tuple(
                                OwnershipStep.Kind.ASSIGNED, authority, caseworker.account()),
                        org.assertj.core.groups.Tuple.tuple(
                                OwnershipStep.Kind.TRANSFER_REQUESTED, authority, caseworker.account()),
                        org.assertj.core.groups.Tuple.tuple(OwnershipStep.Kind.TRANSFERRED, receiver, null));
    }

    @Test
    void aDeclinedTransferNeedsAReasonAndLeavesTheCaseWhereItWas() {
        UUID receiver = fixtures.anOrganisation();
        Member receivingSupervisor = fixtures.aMember(receiver, Role.SUPERVISOR);
        CaseTransfer transfer = transactions.execute(status -> transfers.request(
                supervisor.actor(), file.id(), receiver, TransferService.CASE_MANAGEMENT, "Closer to the family"));
        assertThat(refusal(() ->
                        transfers.decide(receivingSupervisor.actor(), file.id(), transfer.id(), false, " ", null)))
                .isEqualTo("cases.transfer-invalid");
        CaseTransfer declined = transactions.execute(status ->
                transfers.decide(receivingSupervisor.actor(), file.id(), transfer.id(), false, "No capacity", null));
        assertThat(declined.status()).isEqualTo(CaseTransfer.Status.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("No capacity");
        assertThat(owner()).isEqualTo(authority);
    }

    @Test
    void childProtectionTransfersAChildsCaseAndOnlyChildProtectionOrASupervisorOfTheReceiverAccepts() {
        transactions.executeWithoutResult(status -> cases.markChild(file.id(), true));
        UUID service = UUID.randomUUID();
        jdbc.sql("insert into accounts_organisation (id, name, kind, created_at)"
                        + " values (?, ?, 'CHILD_PROTECTION_SERVICE', now())")
                .params(service, "Child protection " + service)
                .update();
        Member childProtectionOfficer = fixtures.aMember(service, Role.CHILD_PROTECTION);
        Member childProtectionElsewhere = fixtures.aMember(fixtures.anOrganisation(), Role.CHILD_PROTECTION);
        assertThat(refusal(() -> transfers.request(
                        caseworker.actor(), file.id(), service, TransferService.CHILD_PROTECTION, "Child")))
                .isEqualTo("cases.not-allowed");
        CaseTransfer transfer = transactions.execute(status -> transfers.request(
                childProtectionElsewhere.actor(), file.id(), service, TransferService.CHILD_PROTECTION, "Child"));
        assertThat(refusal(() ->
                        transfers.decide(childProtectionElsewhere.actor(), file.id(), transfer.id(), true, null, null)))
                .isEqualTo("cases.transfer-not-allowed");
        assertThat(refusal(() ->
                        transfers.decide(childProtectionOfficer.actor(), file.id(), transfer.id(), true, null, 7L)))
                .isEqualTo("cases.stale");
        assertThat(owner()).isEqualTo(authority);
        transactions.execute(
                status -> transfers.decide(childProtectionOfficer.actor(), file.id(), transfer.id(), true, null, 0L));
        assertThat(owner()).isEqualTo(service);
    }

    @Test
    void aTransferToAnOrganisationThatDoesNotOfferTheServiceIsRefusedWithTheReason() throws Exception {
        UUID consulate = fixtures.anOrganisation();
        UUID shelter = UUID.randomUUID();
        jdbc.sql(
                        "insert into accounts_organisation (id, name, kind, created_at) values (?, ?, 'SERVICE_PROVIDER', now())")
                .params(shelter, "Shelter " + shelter)
                .update();
        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(consulate, "CHILD_PROTECTION")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("cases.transfer-service-not-offered")))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(shelter, "CASE_MANAGEMENT")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("cases.transfer-cannot-hold-cases")));
        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(transferTo(authority, "CASE_MANAGEMENT")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/cases/{id}/transfers", file.id())
                        .with(supervisor.user())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\": \"PAINTING\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fields")
                        .value(org.hamcrest.Matchers.contains("organisation", "service", "reason")));
        assertThat(jdbc.sql("select count(*) from cases_transfer where case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String transferTo(UUID organisation, String service) {
        return "{\"organisation\": \"" + organisation + "\", \"service\": \"" + service
                + "\", \"reason\": \"Closer to the family\"}";
    }

    private UUID owner() {
        return jdbc.sql("select organisation_id from cases_case where id = ?")
                .param(file.id())
                .query(UUID.class)
                .single();
    }

    private long entries() {
        return jdbc.sql("select count(*) from cases_approval where case_id = ?")
                .param(file.id())
                .query(Long.class)
                .single();
    }

    private long restrictedReads(UUID note) {
        return jdbc.sql(
                        "select count(*) from audit_entry where action = 'cases.restricted-note-read' and record_id = ?")
                .param(note.toString())
                .query(Long.class)
                .single();
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
