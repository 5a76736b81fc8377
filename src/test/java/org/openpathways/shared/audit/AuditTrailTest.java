package org.openpathways.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReview review;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void concurrentTransactionsKeepOneUnbrokenChain() throws Exception {
        long before = count();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                writers.add(threads.submit(() -> {
                    for (int entry = 0; entry < 50; entry++) {
                        transactions.executeWithoutResult(status ->
                                trail.record(AuditRecord.of("test.concurrent", "probe", UUID.randomUUID(), "testing")));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(count()).isEqualTo(before + 400);
        long highest = jdbc.sql("select max(sequence) from audit_entry")
                .query(Long.class)
                .single();
        assertThat(highest).isEqualTo(count());
        ChainVerification verification = review.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(before + 400);
    }

    @Test
    void aTransactionThatAuditedEarlyHoldsNobodyUpUntilItCommits() throws Exception {
        String early = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditRecord.of("test.early", "probe", early, "testing"));
                // Still open: another transaction audits and commits in the meantime, and is not made to wait.
                Future<?> meanwhile = other.submit(() -> transactions.executeWithoutResult(
                        inner -> trail.record(AuditRecord.of("test.meanwhile", "probe", later, "testing"))));
                try {
                    meanwhile.get(1, TimeUnit.MINUTES);
                } catch (Exception blocked) {
                    throw new AssertionError("the other transaction waited for this one to end", blocked);
                }
            });
        } finally {
            other.shutdownNow();
        }

        long earlySequence = sequenceOf(early);
        long laterSequence = sequenceOf(later);
        assertThat(laterSequence).as("appended in commit order").isLessThan(earlySequence);
        assertThat(review.verify().intact()).isTrue();
    }

    @Test
    void entriesOfOneTransactionAreAppendedInTheOrderRecorded() {
        List<String> ids = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());

        transactions.executeWithoutResult(
                status -> ids.forEach(id -> trail.record(AuditRecord.of("test.ordered", "probe", id, "testing"))));

        assertThat(ids.stream().map(this::sequenceOf).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(review.verify().intact()).isTrue();
    }

    private long sequenceOf(String recordId) {
        return jdbc.sql("select sequence from audit_entry where record_id = ?")
                .param(recordId)
                .query(Long.class)
                .single();
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        long before = count();

        transactions.executeWithoutResult(status -> {
            trail.record(AuditRecord.of("test.rolled-back", "probe", UUID.randomUUID(), "testing"));
            status.setRollbackOnly();
        });

        assertThat(count()).isEqualTo(before);
        transactions.executeWithoutResult(
                status -> trail.record(AuditRecord.of("test.after-rollback", "probe", null, "testing")));
        assertThat(review.verify().intact()).isTrue();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        long before = count();

        assertThatThrownBy(() -> trail.record(AuditRecord.of("test.no-transaction", "probe", null, "testing")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void recordingInAReadOnlyTransactionIsRefusedWithAClearMessage() {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                        status -> trail.record(AuditRecord.of("test.read-only", "probe", null, "testing"))))
                .isInstanceOf(IllegalTransactionStateException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        transactions.executeWithoutResult(
                status -> trail.record(AuditRecord.of("test.kept", "probe", null, "testing")));
        long before = count();

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_entry set purpose = 'other'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only: UPDATE");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only: DELETE");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only: TRUNCATE");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void entriesWithoutASignedInPersonNameTheSystem() {
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(
                status -> trail.record(AuditRecord.of("test.by-system", "probe", id, "testing")));

        assertThat(jdbc.sql("select actor from audit_entry where record_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("system");
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
