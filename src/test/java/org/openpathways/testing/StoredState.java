package org.openpathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of everything the application keeps: for every table of the {@code public} schema its row count and
 * a digest of all its rows (so an update shows, not only an insert), and every file under the data folder with its
 * size. Two equal fingerprints mean nothing was stored, changed or removed in between.
 */
public final class StoredState {

    /**
     * Tables a refused request may still write to: the audit trail (refusals and denied reads are audited), the event
     * registry, and Flyway's history.
     */
    public static final Set<String> MAY_RECORD_REFUSALS =
            Set.of("audit_entry", "event_publication", "flyway_schema_history");

    private StoredState() {}

    public static Map<String, String> of(JdbcClient jdbc, Path dataFolder) {
        Map<String, String> state = new TreeMap<>(tables(jdbc));
        state.putAll(files(dataFolder));
        return state;
    }

    private static Map<String, String> tables(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE'
                        order by table_name
                        """).query(String.class).list().stream()
                .filter(table -> !MAY_RECORD_REFUSALS.contains(table))
                .toList();
        if (tables.isEmpty()) {
            return Map.of();
        }
        String sql = tables.stream()
                .map(table -> "select '" + table.replace("'", "''") + "' as name, count(*) || ' rows, '"
                        + " || md5(coalesce(string_agg(row_value::text, '|' order by row_value::text), ''))"
                        + " as state from \"" + table.replace("\"", "\"\"") + "\" row_value")
                .collect(Collectors.joining(" union all "));
        Map<String, String> state = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            state.put("table " + rs.getString("name"), rs.getString("state"));
        });
        return state;
    }

    private static Map<String, String> files(Path dataFolder) {
        if (!Files.isDirectory(dataFolder)) {
            return Map.of();
        }
        Path keys = dataFolder.resolve("keys");
        try (Stream<Path> paths = Files.walk(dataFolder)) {
            Map<String, String> files = new TreeMap<>();
            for (Path path : paths.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(keys))
                    .toList()) {
                files.put("file " + dataFolder.relativize(path), Files.size(path) + " bytes");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
