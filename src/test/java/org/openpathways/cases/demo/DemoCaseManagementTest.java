package org.openpathways.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseNotes;
import org.openpathways.cases.CaseTask;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.Cases;
import org.openpathways.cases.persistence.TaskRecords;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DemoCaseManagementTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Cases cases;

    @Autowired
    CaseTasks tasks;

    @Autowired
    TaskRecords taskRecords;

    @Autowired
    CaseApprovals approvals;

    @Autowired
    CaseNotes notes;

    @Autowired
    CaseTransfers transfers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theDemoShowsOpenAndOverdueTasksDecidedAndPendingApprovalsAndTransfersOnceOnly() {
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        UUID authority = fixtures.anOrganisation();
        fixtures.anOrganisation();
        UUID childProtectionService = UUID.randomUUID();
        jdbc.sql("insert into accounts_organisation (id, name, kind, created_at)"
                        + " values (?, ?, 'CHILD_PROTECTION_SERVICE', now())")
                .params(childProtectionService, "Child protection " + childProtectionService)
                .update();
        CaseActor officer = fixtures.aMember(authority, Role.CASEWORKER).actor();
        CaseActor checker = fixtures.aMember(authority, Role.SUPERVISOR).actor();
        CaseActor childProtection =
                fixtures.aMember(childProtectionService, Role.CHILD_PROTECTION).actor();
        DemoCaseManagement demo = new DemoCaseManagement(
                null, organisations, cases, tasks, taskRecords, approvals, notes, transfers, transactions, clock);

        transactions.executeWithoutResult(status -> demo.load(officer, checker, childProtection));
        transactions.executeWithoutResult(status -> demo.load(officer, checker, childProtection));

        assertThat(tasks.mine(officer)).extracting(CaseTask::overdue).containsExactly(true, false);
        assertThat(tasks.overdueInOrganisation(checker)).hasSize(1);
        assertThat(approvals.pending(checker)).hasSize(1);
        assertThat(transfers.pendingOut(checker)).hasSize(1);
        assertThat(cases.list(childProtection)).anySatisfy(summary -> {
            assertThat(summary.child()).isTrue();
            assertThat(summary.organisationId()).isEqualTo(childProtectionService);
        });
        assertThat(jdbc.sql("select count(*) from cases_note n join cases_case c on c.id = n.case_id"
                                + " where c.organisation_id = ? and n.sensitivity = 'RESTRICTED'")
                        .param(authority)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from cases_transfer t join cases_case c on c.id = t.case_id"
                                + " where t.from_organisation = ? order by t.status")
                        .param(authority)
                        .query(String.class)
                        .list())
                .containsExactly(CaseTransfer.Status.ACCEPTED.name(), CaseTransfer.Status.PENDING.name());
    }
}
