package org.openpathways.shared.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpathways.OpenPathwaysApplication;
import org.openpathways.testing.TestPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application as {@code main} does for {@code java -jar openpathways.jar verify-audit}. */
@Tag("integration")
class CommandLineTest {

    @TempDir
    Path data;

    @Test
    void aCommandRunsWithoutOpeningAPortAndEndsWithItsStatus() {
        assertThat(CommandRunner.isCommand("verify-audit")).isTrue();
        assertThat(CommandRunner.isCommand("--server.port=8080")).isFalse();
        assertThat(CommandRunner.isCommand()).isFalse();
        TestPostgres postgres = TestPostgres.get();
        String[] args = CommandRunner.commandArguments(
                "verify-audit",
                "--spring.datasource.url=" + postgres.createDatabase(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--openpathways.data-dir=" + data,
                "--openpathways.crypto.generate-if-missing=true");

        try (ConfigurableApplicationContext context = SpringApplication.run(OpenPathwaysApplication.class, args)) {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort())
                    .isNotPositive();
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }
}
