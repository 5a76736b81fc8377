package org.openpathways.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The baseline: the application's catalogue statements through plain JDBC, on a HikariCP pool with one connection per
 * worker, every column of every row read (arrays included), as the application must to build its response.
 */
final class CatalogueJdbc implements AutoCloseable {

    /** Every category, as the application binds them when a query names none. */
    static final String[] ALL_CATEGORIES = {
        "labour", "family", "study", "humanitarian-climate", "regularization", "free-movement", "temporary-protection"
    };

    private final HikariDataSource pool;
    private final CatalogueStatements statements;
    private volatile long sink;

    CatalogueJdbc(String url, String user, String password, int connections, CatalogueStatements statements) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setPoolName("bench-baseline");
        this.pool = new HikariDataSource(config);
        this.statements = statements;
    }

    /** Runs the page statement for one catalogue page; returns how many rows it read. */
    int page(String language, int page, int size) throws SQLException {
        return run(statements.publishedPage(), language, ALL_CATEGORIES, size, (page - 1) * size);
    }

    /** Runs the pathway statement; returns how many rows it read (1, or 0 for an unknown code). */
    int pathway(String language, String code) throws SQLException {
        return run(statements.publishedPathway(), language, code);
    }

    /** Bound with setObject, as Spring's JdbcClient binds positional parameters of unknown SQL type. */
    private int run(String sql, Object... parameters) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return readAll(rows);
            }
        }
    }

    private int readAll(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        int count = 0;
        long hash = 0;
        while (rows.next()) {
            count++;
            for (int column = 1; column <= columns; column++) {
                Object value = rows.getObject(column);
                if (value instanceof Array array) {
                    Object[] elements = (Object[]) array.getArray();
                    hash += Arrays.hashCode(elements);
                    array.free();
                } else if (value != null) {
                    hash += value.hashCode();
                }
            }
        }
        sink += hash;
        return count;
    }

    @Override
    public void close() {
        pool.close();
    }
}
