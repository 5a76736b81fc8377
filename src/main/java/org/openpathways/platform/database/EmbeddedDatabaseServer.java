package org.openpathways.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by the platform itself, with its data kept in a local folder across restarts.
 *
 * <p>An exclusive lock on {@code postgres.lock} beside the data makes a second instance on the same folder fail at
 * once with a clear message, before it can touch the files. A server left behind by a process that was killed is
 * stopped before the new one starts.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedDatabaseServer(
            FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres, String databaseName) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    public static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        Path folder = properties.dataDir().toAbsolutePath().normalize();
        Path pgData = folder.resolve("postgres");
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(
                    folder.resolve("postgres.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, folder);
            stopOrphanedServer(pgData);
            int port = properties.port() == 0 ? freePort() : requireFree(properties.port());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The context stops the server (destroyMethod = "close") after the beans that still use the
                    // database; a hook of its own would stop it in parallel, and the events registry's last query
                    // would then wait for a connection until Hikari's timeout before the JVM could exit.
                    .setRegisterShutdownHook(false)
                    .start();
            requireOwnServer(postgres, pgData);
            createDatabaseIfMissing(postgres, properties.databaseName());
            log.info("Embedded PostgreSQL started on localhost:{} with its data in {}", postgres.getPort(), pgData);
            return new EmbeddedDatabaseServer(channel, lock, postgres, properties.databaseName());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("The embedded PostgreSQL server could not start in " + pgData, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel, Path folder) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(folder);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new DataFolderInUseException(folder);
        }
    }

    /** We hold the lock, so a live postmaster on this folder belongs to an instance that died without stopping it. */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").contains("postgres"));
        if (orphan.isPresent()) {
            log.warn("Stopping a PostgreSQL server left running by an earlier instance on {}", pgData);
            ProcessHandle process = orphan.get();
            process.destroy();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static int requireFree(int port) {
        try (var socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException taken) {
            throw new DatabasePortInUseException(port);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Guards against talking to a server that another program started on the same port. */
    private static void requireOwnServer(EmbeddedPostgres postgres, Path pgData) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select current_setting('data_directory')")) {
            result.next();
            if (!Path.of(result.getString(1)).toRealPath().equals(pgData.toRealPath())) {
                throw new DatabasePortInUseException(postgres.getPort());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not check the embedded PostgreSQL server", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Database name must be a plain lower-case identifier: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the start-up failure being reported matters more
            }
        }
    }
}
