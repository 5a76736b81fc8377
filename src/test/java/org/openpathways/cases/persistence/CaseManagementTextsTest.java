package org.openpathways.cases.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openpathways.cases.ApprovalEntry;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseFixtures;
import org.openpathways.cases.CaseFixtures.Member;
import org.openpathways.cases.CaseTask;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.Cases;
import org.openpathways.cases.NewTask;
import org.openpathways.cases.OwnershipStep;
import org.openpathways.cases.TransferService;
import org.openpathways.shared.crypto.KeyRotation;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case management's free texts (task titles, ownership and transfer reasons, approval subjects and comments) are
 * encrypted at rest; those written in plain text before migration 113 are sealed by migration 114; approvals and the
 * ownership history stay append-only for everything but that and key rotation. A context of its own (the property),
 * because it rotates the key ring.
 */
@IntegrationTest
@TestPropertySource(properties = "openpathways.crypto.rotation-batch-size=50")
class CaseManagementTextsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    CaseTasks tasks;

    @Autowired
    CaseApprovals approvals;

    @Autowired
    CaseTransfers transfers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseManagementTextSealing sealing;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApprovalRecords approvalRecords;

    @Autowired
    OwnershipRecords ownershipRecords;

    @Autowired
    KeyRotation rotation;

    private CaseFixtures fixtures;
    private UUID authority;
    private Member caseworker;
    private Member supervisor;
    private CaseFile file;

    @BeforeEach
    void aCaseOfTheMigrationAuthority() {
        fixtures = new CaseFixtures(jdbc);
        authority = fixtures.anOrganisation();
        caseworker = fixtures.aMember(authority, Role.CASEWORKER);
        supervisor = fixtures.aMember(authority, Role.SUPERVISOR);
        file = transactions.execute(status -> cases.open(caseworker.actor(), CaseFixtures.anAdultAtTheConsulate()));
    }

    @Test
    void everyFreeTextIsStoredEncryptedAndReadBackAsWritten() {
        CaseTask task = transactions.execute(status -> tasks.create(
                caseworker.actor(),
                file.id(),
                new NewTask("Call the family in Aleppo", LocalDate.now().plusDays(3), caseworker.account())));
        ApprovalEntry request = transactions.execute(status -> approvals.request(
                caseworker.actor(), file.id(), "Emergency shelter", "Two nights, the family is on the street"));
        transactions.execute(status ->
                approvals.decide(supervisor.actor(), file.id(), request.id(), false, "Use the partner shelter"));
        UUID receiver = fixtures.anOrganisation();
        Member receivingSupervisor = fixtures.aMember(receiver, Role.SUPERVISOR);
        CaseTransfer transfer = transactions.execute(status -> transfers.request(
                supervisor.actor(), file.id(), receiver, TransferService.CASE_MANAGEMENT, "Closer to the family"));
        CaseTransfer declined = transactions.execute(status ->
                transfers.decide(receivingSupervisor.actor(), file.id(), transfer.id(), false, "No capacity", null));

        assertThat(task.title()).isEqualTo("Call the family in Aleppo");
        assertThat(declined.reason()).isEqualTo("Closer to the family");
        assertThat(declined.declineReason()).isEqualTo("No capacity");
        assertThat(approvalsOfTheCase())
                .extracting(ApprovalEntry::subject, ApprovalEntry::comment)
                .containsExactly(
                        tuple("Emergency shelter", "Two nights, the family is on the street"),
                        tuple(null, "Use the partner shelter"));
        assertThat(stored("select title from cases_task where case_id = ?"))
                .hasSize(1)
                .allMatch(this::sealed);
        assertThat(stored("select coalesce(subject, comment) from cases_approval where case_id = ?"))
                .hasSize(2)
                .allMatch(this::sealed);
        assertThat(stored("select reason || ' ' || decline_reason from cases_transfer where case_id = ?"))
                .hasSize(1)
                .allMatch(value -> value.matches("v1:\\S+ v1:\\S+"));
        assertThat(stored("select reason from cases_ownership where case_id = ? and reason is not null"))
                .isNotEmpty()
                .allMatch(this::sealed);
    }

    @Test
    void textsWrittenInPlainTextBeforeAreSealedOnceAndTheHistoryStaysAppendOnly() {
        UUID request = UUID.randomUUID();
        jdbc.sql("""
                        insert into cases_approval (id, case_id, request_id, entry, subject, comment, actor, requested_by,
                            recorded_at)
                        values (?, ?, ?, 'REQUESTED', 'Bus ticket', 'To reach the shelter', ?, ?, now())
                        """)
                .params(request, file.id(), request, caseworker.account(), caseworker.account())
                .update();
        jdbc.sql("""
                        insert into cases_ownership (id, case_id, step, organisation_id, assigned_to, taken_by, reason,
                            taken_at)
                        values (?, ?, 'ASSIGNED', ?, ?, ?, 'Speaks Tigrinya', now())
                        """)
                .params(UUID.randomUUID(), file.id(), authority, caseworker.account(), supervisor.account())
                .update();

        assertThat(jdbc.sql("select description from flyway_schema_history where version = '114' and success")
                        .query(String.class)
                        .single())
                .as("the migration that seals texts written before")
                .isEqualTo("case management texts sealed");
        assertThat(sealOnce()).isEqualTo(3);
        assertThat(sealOnce()).as("sealing again changes nothing").isZero();

        assertThat(approvalsOfTheCase())
                .extracting(ApprovalEntry::subject, ApprovalEntry::comment)
                .contains(tuple("Bus ticket", "To reach the shelter"));
        assertThat(ownershipOfTheCase()).anyMatch(step -> "Speaks Tigrinya".equals(step.reason()));
        assertThat(jdbc.sql("select subject || ' ' || comment from cases_approval where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .matches("v1:\\S+ v1:\\S+");

        assertThatThrownBy(() -> jdbc.sql("update cases_approval set comment = 'Rewritten' where id = ?")
                        .param(request)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update cases_approval set recorded_at = now() where id = ?")
                        .param(request)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update cases_ownership set reason = null where case_id = ?")
                        .param(file.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void keyRotationReEncryptsTheAppendOnlyHistoryToo() {
        transactions.execute(status -> approvals.request(caseworker.actor(), file.id(), "Interpreter", "Tigrinya"));
        List<String> before = stored("select comment from cases_approval where case_id = ?");

        rotation.rotate();

        assertThat(stored("select comment from cases_approval where case_id = ?"))
                .hasSameSizeAs(before)
                .doesNotContainAnyElementsOf(before)
                .allMatch(this::sealed);
        assertThat(approvalsOfTheCase()).extracting(ApprovalEntry::comment).containsExactly("Tigrinya");
    }

    private int sealOnce() {
        Integer sealed = transactions.execute(status -> {
            var connection = DataSourceUtils.getConnection(dataSource);
            try {
                return sealing.seal(connection).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return sealed == null ? 0 : sealed;
    }

    private List<ApprovalEntry> approvalsOfTheCase() {
        List<ApprovalEntry> entries = transactions.execute(status -> approvalRecords.ofCase(file.id()));
        return entries == null ? List.of() : entries;
    }

    private List<OwnershipStep> ownershipOfTheCase() {
        List<OwnershipStep> steps = transactions.execute(status -> ownershipRecords.of(file.id()));
        return steps == null ? List.of() : steps;
    }

    private List<String> stored(String sql) {
        return jdbc.sql(sql).param(file.id()).query(String.class).list();
    }

    private boolean sealed(String value) {
        return value.startsWith("v1:");
    }
}
