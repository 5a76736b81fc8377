package org.openpathways.shared.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the hash chain at the end of the caller's transaction, just before it commits, under a
 * transaction-scoped advisory lock, so that each entry is chained to the one committed just before it and sequence
 * numbers have no gaps (a gap is how a deleted entry shows).
 *
 * <p>{@link #record} keeps the entry with the transaction; the transaction's last step before commit takes the lock,
 * reads the last entry and inserts the kept ones in order (ADR 0003, "Appending at commit"). The lock is held from
 * there until the transaction ends, so appends are serialised for the length of an insert and a commit rather than of
 * the whole transaction: a rolled-back transaction appends nothing, and no two transactions can chain to the same
 * entry. The caller's transaction must be read-write and at the default isolation (read committed), so that the last
 * entry is read after the lock is taken, not from an older snapshot.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    /** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
    static final long CHAIN_LOCK = 0x4f50_4155_4449_5431L;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalTransactionStateException("The audit trail cannot be written in a read-only transaction;"
                    + " audit reads of sensitive data in a read-write transaction");
        }
        Pending entry = new Pending(
                record.actor() != null ? record.actor() : currentActor(),
                record,
                AuditDetails.canonical(new TreeMap<>(record.details())));
        AppendAtCommit batch = currentBatch();
        if (batch == null) {
            batch = new AppendAtCommit();
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.add(entry);
    }

    /** The batch of the current transaction (a suspended outer transaction's synchronizations are not listed). */
    private AppendAtCommit currentBatch() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AppendAtCommit batch && batch.owner == this) {
                return batch;
            }
        }
        return null;
    }

    private void append(List<Pending> entries) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        var last = jdbc.sql("select sequence, hash from audit_entry order by sequence desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long sequence = last.map(row -> (Long) row[0]).orElse(0L);
        String previousHash = last.map(row -> (String) row[1]).orElse(AuditChain.GENESIS);
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Pending entry : entries) {
            sequence++;
            AuditRecord record = entry.record();
            String hash = AuditChain.hash(
                    sequence,
                    occurredAt,
                    entry.actor(),
                    record.action(),
                    record.recordType(),
                    record.recordId(),
                    record.purpose(),
                    entry.details(),
                    previousHash);
            jdbc.sql("""
                            insert into audit_entry (sequence, occurred_at, actor, action, record_type, record_id,
                                                     purpose, details, previous_hash, hash)
                            values (:sequence, :occurredAt, :actor, :action, :recordType, :recordId, :purpose,
                                    :details, :previousHash, :hash)
                            """)
                    .params(Map.of(
                            "sequence", sequence,
                            "occurredAt", Timestamp.from(occurredAt),
                            "actor", entry.actor(),
                            "action", record.action(),
                            "recordType", record.recordType(),
                            "purpose", record.purpose(),
                            "details", entry.details(),
                            "previousHash", previousHash,
                            "hash", hash))
                    .param("recordId", record.recordId())
                    .update();
            previousHash = hash;
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            // No request at all: a command, a scheduled job or an event listener acting for the platform.
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return "account:" + authentication.getName();
    }

    /** An entry kept until its transaction commits: the actor as it was when recorded, the details made canonical. */
    private record Pending(String actor, AuditRecord record, String details) {}

    /**
     * The entries one transaction recorded, appended as the last step before it commits. Runs after every other
     * synchronization's {@code beforeCommit}, and an entry recorded after the append (by something else's
     * {@code beforeCommit}) is appended at once, so nothing recorded in a committed transaction is left out.
     */
    private final class AppendAtCommit implements TransactionSynchronization {

        private final JdbcAuditTrail owner = JdbcAuditTrail.this;
        private final List<Pending> entries = new ArrayList<>();
        private boolean appended;

        void add(Pending entry) {
            if (appended) {
                append(List.of(entry));
            } else {
                entries.add(entry);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            append(entries);
        }
    }
}
