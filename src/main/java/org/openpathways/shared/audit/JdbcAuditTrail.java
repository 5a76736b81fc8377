package org.openpathways.shared.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries under a transaction-scoped advisory lock, so that each entry is chained to the one committed just
 * before it and sequence numbers have no gaps (a gap is how a deleted entry shows).
 *
 * <p>The lock is held until the caller's transaction ends, so appends are serialised: a rolled-back transaction
 * releases its number to the next one, and no two transactions can chain to the same entry. The caller's
 * transaction must be read-write and at the default isolation (read committed), so that the last entry is read after
 * the lock is taken, not from an older snapshot.
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
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        var last = jdbc.sql("select sequence, hash from audit_entry order by sequence desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long sequence = last.map(row -> (Long) row[0] + 1).orElse(1L);
        String previousHash = last.map(row -> (String) row[1]).orElse(AuditChain.GENESIS);
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = record.actor() != null ? record.actor() : currentActor();
        String details = AuditDetails.canonical(new TreeMap<>(record.details()));
        String hash = AuditChain.hash(
                sequence,
                occurredAt,
                actor,
                record.action(),
                record.recordType(),
                record.recordId(),
                record.purpose(),
                details,
                previousHash);
        jdbc.sql("""
                        insert into audit_entry (sequence, occurred_at, actor, action, record_type, record_id, purpose,
                                                 details, previous_hash, hash)
                        values (:sequence, :occurredAt, :actor, :action, :recordType, :recordId, :purpose,
                                :details, :previousHash, :hash)
                        """)
                .params(Map.of(
                        "sequence", sequence,
                        "occurredAt", Timestamp.from(occurredAt),
                        "actor", actor,
                        "action", record.action(),
                        "recordType", record.recordType(),
                        "purpose", record.purpose(),
                        "details", details,
                        "previousHash", previousHash,
                        "hash", hash))
                .param("recordId", record.recordId())
                .update();
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
}
