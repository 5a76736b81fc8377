package org.openpathways.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.audit.ChainBreak.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the trail in sequence order and recomputes every link. The rows are streamed through a server-side cursor
 * (a fetch size inside a transaction), so memory use stays the same for a thousand entries or a hundred million, and
 * the walk stops at the first break.
 */
@Component
class AuditChainVerifier {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public ChainVerification verify() {
        return jdbc.sql("""
                        select sequence, occurred_at, actor, action, record_type, record_id, purpose, details,
                               previous_hash, hash
                          from audit_entry
                         order by sequence
                        """).withFetchSize(FETCH_SIZE).query(AuditChainVerifier::walk);
    }

    private static ChainVerification walk(ResultSet rows) throws SQLException {
        long expected = 1;
        long intact = 0;
        String previousHash = AuditChain.GENESIS;
        while (rows.next()) {
            long sequence = rows.getLong("sequence");
            Reason reason = check(rows, sequence, expected, previousHash);
            if (reason != null) {
                long broken = reason == Reason.DELETED ? expected : sequence;
                return new ChainVerification(intact, new ChainBreak(broken, reason), previousHash);
            }
            previousHash = rows.getString("hash");
            expected = sequence + 1;
            intact++;
        }
        return new ChainVerification(intact, null, previousHash);
    }

    /** Why this row breaks the chain, checking the link before the content so that the first break is named. */
    private static @Nullable Reason check(ResultSet row, long sequence, long expected, String previousHash)
            throws SQLException {
        if (sequence < expected) {
            return Reason.INSERTED_OR_REORDERED;
        }
        if (sequence > expected) {
            return Reason.DELETED;
        }
        if (!previousHash.equals(row.getString("previous_hash"))) {
            return Reason.INSERTED_OR_REORDERED;
        }
        String recomputed = AuditChain.hash(
                sequence,
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"),
                row.getString("action"),
                row.getString("record_type"),
                row.getString("record_id"),
                row.getString("purpose"),
                row.getString("details"),
                previousHash);
        return recomputed.equals(row.getString("hash")) ? null : Reason.ALTERED;
    }
}
