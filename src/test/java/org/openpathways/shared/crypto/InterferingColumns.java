package org.openpathways.shared.crypto;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real column access, except that it can let another transaction change one value and commit just before the
 * rotation replaces it: the race that the compare-and-set must survive.
 */
class InterferingColumns extends EncryptedColumns {

    record Change(Object id, String newSecret) {}

    private final JdbcClient jdbc;
    private volatile @Nullable Change change;

    InterferingColumns(JdbcClient jdbc) {
        super(jdbc);
        this.jdbc = jdbc;
    }

    void interfereWith(@Nullable Change change) {
        this.change = change;
    }

    @Override
    boolean replace(EncryptedColumn column, Object id, Object expected, Object replacement) {
        Change pending = change;
        if (pending != null && column.column().equals("secret") && pending.id().equals(id)) {
            change = null;
            try {
                // Another connection, committed before this batch's update runs.
                CompletableFuture.runAsync(() -> jdbc.sql("update rotation_probe set secret = ? where id = ?")
                                .params(pending.newSecret(), id)
                                .update())
                        .get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return super.replace(column, id, expected, replacement);
    }
}
