package org.openpathways.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpathways.OpenPathwaysApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no database configured, the platform runs its own PostgreSQL on a local folder, one instance at a time. */
@Tag("embedded")
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTest {

    @Test
    void dataIsKeptAcrossRestartsAndASecondInstanceOnTheSameFolderIsRefusedClearly(CapturedOutput output)
            throws Exception {
        Path folder = Files.createTempDirectory("openpathways-embedded");

        try (ConfigurableApplicationContext first = start(folder)) {
            assertThat(first.getBean(EmbeddedDatabaseServer.class).jdbcUrl()).contains("localhost");
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(17);
            jdbc.sql("create table kept_across_restarts (note text)").update();
            jdbc.sql("insert into kept_across_restarts values ('still here')").update();

            assertThatThrownBy(() -> start(folder)).hasRootCauseInstanceOf(DataFolderInUseException.class);
            assertThat(output.getAll())
                    .contains("Another OpenPathways instance is already running with its embedded database in");
            assertThat(jdbc.sql("select note from kept_across_restarts")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
        }

        try (ConfigurableApplicationContext second = start(folder)) {
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select note from kept_across_restarts")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
        }
        assertThat(folder.resolve("postgres/PG_VERSION")).exists();
        assertThat(folder.resolve("keys/keyring.properties")).exists();
    }

    @Test
    void aPortHeldByAnotherProgramStopsTheStartInsteadOfReachingThatProgram(CapturedOutput output) throws Exception {
        Path folder = Files.createTempDirectory("openpathways-embedded-port");
        try (var other = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(folder, other.getLocalPort()))
                    .hasRootCauseInstanceOf(DatabasePortInUseException.class);
        }
        assertThat(output.getAll()).contains("OPENPATHWAYS_DATABASE_EMBEDDED_PORT");
    }

    private static ConfigurableApplicationContext start(Path folder) {
        return start(folder, 0);
    }

    private static ConfigurableApplicationContext start(Path folder, int port) {
        return new SpringApplicationBuilder(OpenPathwaysApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--openpathways.data-dir=" + folder,
                        "--openpathways.database.embedded.port=" + port,
                        "--openpathways.crypto.generate-if-missing=true",
                        "--openpathways.mail.embedded=true",
                        "--spring.datasource.hikari.maximum-pool-size=3");
    }
}
