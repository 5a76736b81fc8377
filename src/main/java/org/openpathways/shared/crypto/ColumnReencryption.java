package org.openpathways.shared.crypto;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.crypto.EncryptedColumns.StoredValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts one declared column with the active key, in batches of rows in primary-key order, each batch in its own
 * short transaction so that the service keeps running. A value is replaced only if it is still the one read; one that
 * another transaction changed meanwhile is read again and redone while it still uses an old key.
 */
@Component
class ColumnReencryption {

    private static final int ATTEMPTS = 3;

    /** Running totals of a rotation, touched by one thread only. */
    static final class Counts {
        long reencrypted;
        long changedMeanwhile;
        long unreadable;
    }

    private final AesGcmFieldEncryption encryption;
    private final EncryptedColumns sql;
    private final TransactionTemplate transactions;
    private final int batchSize;

    ColumnReencryption(
            AesGcmFieldEncryption encryption,
            EncryptedColumns sql,
            TransactionTemplate transactions,
            @Value("${openpathways.crypto.rotation-batch-size:500}") int batchSize) {
        this.encryption = encryption;
        this.sql = sql;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    void reencrypt(EncryptedColumn column, String activeKeyId, Counts counts) {
        Object after = null;
        boolean more = true;
        while (more) {
            Object from = after;
            List<StoredValue> batch = transactions.execute(status -> {
                List<StoredValue> rows = sql.batch(column, from, batchSize);
                rows.forEach(row -> reencrypt(column, row, activeKeyId, counts));
                return rows;
            });
            more = batch != null && batch.size() == batchSize;
            if (more) {
                after = batch.get(batch.size() - 1).id();
            }
        }
    }

    private void reencrypt(EncryptedColumn column, StoredValue row, String activeKeyId, Counts counts) {
        Object value = row.value();
        for (int attempt = 1; value != null && attempt <= ATTEMPTS; attempt++) {
            if (activeKeyId.equals(keyIdOf(value))) {
                return;
            }
            Object fresh;
            try {
                fresh = value instanceof byte[] bytes
                        ? encryption.encrypt(encryption.decrypt(bytes, column.context()), column.context())
                        : encryption.encrypt(encryption.decrypt((String) value, column.context()), column.context());
            } catch (FieldDecryptionException e) {
                counts.unreadable++;
                return;
            }
            if (sql.replace(column, row.id(), value, fresh)) {
                counts.reencrypted++;
                return;
            }
            counts.changedMeanwhile++;
            value = sql.current(column, row.id());
        }
    }

    private static @Nullable String keyIdOf(Object value) {
        return value instanceof byte[] bytes
                ? AesGcmFieldEncryption.keyIdOf(bytes)
                : AesGcmFieldEncryption.keyIdOf((String) value);
    }
}
