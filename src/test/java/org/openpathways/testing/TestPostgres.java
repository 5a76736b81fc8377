package org.openpathways.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server the tests use: the one named by {@code OPENPATHWAYS_TEST_DATABASE_URL} (an administrator's
 * JDBC URL, as in the external-database pass of the test command), otherwise an embedded PostgreSQL 17 started once
 * per test run. Each Spring context gets a database of its own on it.
 */
public final class TestPostgres {

    public static final String EXTERNAL_URL_VARIABLE = "OPENPATHWAYS_TEST_DATABASE_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestPostgres instance;

    private final String adminUrl;
    private final Properties credentials;

    private TestPostgres(String adminUrl, Properties credentials) {
        this.adminUrl = adminUrl;
        this.credentials = credentials;
    }

    public static TestPostgres get() {
        if (instance == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public static boolean external() {
        String url = System.getenv(EXTERNAL_URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase() {
        String name = "op_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public String username() {
        return credentials.getProperty("user");
    }

    public String password() {
        return credentials.getProperty("password", "");
    }

    private static TestPostgres start() {
        if (external()) {
            String url = System.getenv(EXTERNAL_URL_VARIABLE);
            Properties credentials = new Properties();
            credentials.setProperty("user", envOr("OPENPATHWAYS_TEST_DATABASE_USER", "postgres"));
            credentials.setProperty("password", envOr("OPENPATHWAYS_TEST_DATABASE_PASSWORD", ""));
            return new TestPostgres(url, credentials);
        }
        try {
            Path folder = Files.createTempDirectory("openpathways-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "400")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setRegisterShutdownHook(false)
                    .start();
            // Stopped after Spring Boot has closed every application context at exit: stopping it earlier would make
            // each context wait for a connection while it shuts down.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary folder goes with it
                }
            });
            Properties credentials = new Properties();
            credentials.setProperty("user", "postgres");
            return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), credentials);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL for tests did not start", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
