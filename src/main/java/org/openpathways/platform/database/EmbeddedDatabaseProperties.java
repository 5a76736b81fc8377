package org.openpathways.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir the folder that holds the platform's data; the database lives in its {@code postgres} sub-folder
 * @param port the loopback port of the embedded server; 0 picks a free one
 * @param databaseName the database the platform uses inside the embedded server
 */
@ConfigurationProperties("openpathways.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("54329") int port,
        @DefaultValue("openpathways") String databaseName) {}
