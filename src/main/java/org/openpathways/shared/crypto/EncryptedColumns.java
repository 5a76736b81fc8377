package org.openpathways.shared.crypto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that key rotation runs on a declared column: which keys its values use, a batch of rows after a given id,
 * and a compare-and-set replacement of one value. Names come from {@link EncryptedColumn}, which admits plain
 * identifiers only, so they can be written into the statements.
 */
@Component
class EncryptedColumns {

    /** One stored value: a {@code String} for a text column, a {@code byte[]} for a bytea column. */
    record StoredValue(Object id, @Nullable Object value) {}

    private final JdbcClient jdbc;
    private final Map<EncryptedColumn, Boolean> binary = new ConcurrentHashMap<>();

    EncryptedColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBinary(EncryptedColumn column) {
        return binary.computeIfAbsent(column, this::readType);
    }

    Map<String, Long> keyUsage(EncryptedColumn column) {
        String table = quoted(column.table());
        String value = quoted(column.column());
        String sql = isBinary(column)
                ? "select encode(substring(" + value + " from 3 for get_byte(" + value + ", 1)), 'escape'), count(*)"
                        + " from " + table + " where length(" + value + ") > 2"
                        + " and substring(" + value + " from 1 for 1) = '\\x01'::bytea group by 1"
                : "select split_part(" + value + ", ':', 2), count(*) from " + table + " where " + value
                        + " like 'v1:%' group by 1";
        Map<String, Long> usage = new HashMap<>();
        jdbc.sql(sql).query(row -> {
            usage.put(row.getString(1), row.getLong(2));
        });
        return usage;
    }

    /** Up to {@code size} rows in id order, after {@code afterId} (from the start when it is null). */
    List<StoredValue> batch(EncryptedColumn column, @Nullable Object afterId, int size) {
        String id = quoted(column.idColumn());
        String sql = "select " + id + ", " + quoted(column.column()) + " from " + quoted(column.table())
                + (afterId == null ? "" : " where " + id + " > :after") + " order by " + id + " limit :size";
        var statement = jdbc.sql(sql).param("size", size);
        if (afterId != null) {
            statement = statement.param("after", afterId);
        }
        return statement
                .query((row, number) -> new StoredValue(row.getObject(1), row.getObject(2)))
                .list();
    }

    /** The value as it is now, e.g. after another transaction changed it. */
    @Nullable
    Object current(EncryptedColumn column, Object id) {
        return jdbc.sql("select " + quoted(column.column()) + " from " + quoted(column.table()) + " where "
                        + quoted(column.idColumn()) + " = :id")
                .param("id", id)
                .query((row, number) -> row.getObject(1))
                .optional()
                .orElse(null);
    }

    /** Replaces the value only if it is still {@code expected}; false when another transaction changed it. */
    boolean replace(EncryptedColumn column, Object id, Object expected, Object replacement) {
        String value = quoted(column.column());
        return jdbc.sql("update " + quoted(column.table()) + " set " + value + " = :replacement where "
                                + quoted(column.idColumn()) + " = :id and " + value + " = :expected")
                        .param("replacement", replacement)
                        .param("id", id)
                        .param("expected", expected)
                        .update()
                == 1;
    }

    private boolean readType(EncryptedColumn column) {
        String type = jdbc.sql("""
                        select data_type from information_schema.columns
                         where table_schema = current_schema() and table_name = :table and column_name = :column
                        """)
                .param("table", column.table())
                .param("column", column.column())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("The encrypted column " + column.context()
                        + " is declared but does not exist in the database"));
        return type.equals("bytea");
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }
}
