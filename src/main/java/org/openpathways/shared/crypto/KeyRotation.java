package org.openpathways.shared.crypto;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the data keys: a new key becomes active, every value is re-encrypted with it, and retired keys are dropped
 * once nothing uses them.
 *
 * <ol>
 *   <li>A new key is added to the key ring, which is saved (atomically, owner-only) before anything is encrypted with
 *       it, and becomes the active key for every new value.
 *   <li>Every {@link EncryptedColumn} is re-encrypted in batches (see {@link ColumnReencryption}); every
 *       {@link EncryptedStore} re-encrypts its items.
 *   <li>Retired keys that no value uses any more are removed and the key ring saved again; but not while a database
 *       transaction that began before the switch is still open, as it may be about to write a value made with an
 *       old key. A kept key is removed by the next rotation.
 * </ol>
 *
 * <p>Only one rotation runs at a time across every instance on the same database (a session advisory lock). The
 * rotation is audited as {@code crypto.keys-rotated}, with counts and key ids only.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final long ROTATION_LOCK = 0x4f50_4b45_5952_4f54L;

    private final AesGcmFieldEncryption encryption;
    private final CryptoProperties properties;
    private final List<EncryptedColumn> columns;
    private final List<EncryptedStore> stores;
    private final EncryptedColumns sql;
    private final ColumnReencryption reencryption;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    KeyRotation(
            AesGcmFieldEncryption encryption,
            CryptoProperties properties,
            List<EncryptedColumn> columns,
            List<EncryptedStore> stores,
            EncryptedColumns sql,
            ColumnReencryption reencryption,
            AuditTrail audit,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            DataSource dataSource) {
        this.encryption = encryption;
        this.properties = properties;
        this.columns = columns;
        this.stores = stores;
        this.sql = sql;
        this.reencryption = reencryption;
        this.audit = audit;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Which keys the stored values use, counted over every declared column and store. */
    public KeyUsage usage() {
        KeyRing ring = encryption.keyRing();
        Map<String, Long> counts = valuesPerKey();
        Set<String> ids = new TreeSet<>(ring.keyIds());
        ids.addAll(counts.keySet());
        return new KeyUsage(
                ring.activeKeyId(),
                ids.stream()
                        .map(id -> new KeyUsage.Key(
                                id,
                                counts.getOrDefault(id, 0L),
                                id.equals(ring.activeKeyId()),
                                ring.keyIds().contains(id)))
                        .toList());
    }

    /**
     * Rotates the keys as described above.
     *
     * @throws ProblemException (409, {@code key-rotation-running}) when another rotation is running
     */
    public KeyRotationResult rotate() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "select pg_try_advisory_lock(?)")) {
                throw ProblemException.conflict("key-rotation-running");
            }
            try {
                return rotateAlone();
            } finally {
                advisoryLock(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The key rotation could not take its lock", e);
        }
    }

    private KeyRotationResult rotateAlone() {
        KeyRing rotated = encryption.keyRing().withNewActiveKey();
        rotated.save(properties.keyFile());
        encryption.use(rotated);
        OffsetDateTime switchedAt =
                jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();
        String active = rotated.activeKeyId();
        log.info("Key rotation: new values are now encrypted with key {}", active);

        ColumnReencryption.Counts counts = new ColumnReencryption.Counts();
        for (EncryptedColumn column : columns) {
            reencryption.reencrypt(column, active, counts);
        }
        for (EncryptedStore store : stores) {
            counts.reencrypted += store.reencrypt(encryption, active);
        }

        Map<String, Long> usage = valuesPerKey();
        boolean olderTransactionsOpen = transactionsOpenSince(switchedAt);
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String id : rotated.keyIds()) {
            if (!id.equals(active)) {
                (usage.getOrDefault(id, 0L) == 0 && !olderTransactionsOpen ? removed : kept).add(id);
            }
        }
        if (!removed.isEmpty()) {
            KeyRing pruned = rotated.withoutKeys(Set.copyOf(removed));
            pruned.save(properties.keyFile());
            encryption.use(pruned);
        }
        var result = new KeyRotationResult(
                active, counts.reencrypted, counts.changedMeanwhile, counts.unreadable, removed, kept);
        transactions.executeWithoutResult(
                status -> audit.record(AuditRecord.of("crypto.keys-rotated", "key-ring", active, "key-rotation")
                        .with("reencrypted", Long.toString(result.reencrypted()))
                        .with("changed-meanwhile", Long.toString(result.changedMeanwhile()))
                        .with("unreadable", Long.toString(result.unreadable()))
                        .with("removed-keys", String.join(" ", removed))
                        .with("kept-keys", String.join(" ", kept))));
        log.info(
                "Key rotation done: {} values re-encrypted with key {}, {} changed meanwhile, {} unreadable;"
                        + " keys removed {}, kept {}",
                result.reencrypted(),
                active,
                result.changedMeanwhile(),
                result.unreadable(),
                removed,
                kept);
        return result;
    }

    private Map<String, Long> valuesPerKey() {
        Map<String, Long> counts = new TreeMap<>();
        columns.forEach(column -> sql.keyUsage(column).forEach((id, n) -> counts.merge(id, n, Long::sum)));
        stores.forEach(store -> store.keyUsage().forEach((id, n) -> counts.merge(id, n, Long::sum)));
        return counts;
    }

    private boolean transactionsOpenSince(OffsetDateTime switchedAt) {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid() and xact_start < :switchedAt
                        """).param("switchedAt", switchedAt).query(Long.class).single() > 0;
    }

    private static boolean advisoryLock(Connection connection, String statement) throws SQLException {
        try (var query = connection.prepareStatement(statement)) {
            query.setLong(1, ROTATION_LOCK);
            try (var result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
