package org.openpathways.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpathways.OpenPathwaysApplication;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Registration;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.TestPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing acknowledged is lost: when the mail server is down, the registration still commits with its event; the
 * event stays incomplete in the outbox, and the next start of the platform delivers it.
 */
@Tag("integration")
class EventRedeliveryTest {

    @Test
    void anEventWhoseListenerFailedIsDeliveredAgainAfterARestart() throws Exception {
        TestPostgres postgres = TestPostgres.get();
        String database = postgres.createDatabase();
        Path dataFolder = Files.createTempDirectory("openpathways-redelivery");
        Map<String, Object> common = Map.of(
                "spring.datasource.url",
                database,
                "spring.datasource.username",
                postgres.username(),
                "spring.datasource.password",
                postgres.password(),
                "openpathways.data-dir",
                dataFolder.toString(),
                "openpathways.crypto.generate-if-missing",
                "true",
                "spring.datasource.hikari.maximum-pool-size",
                "4");

        try (ConfigurableApplicationContext mailServerDown = start(
                common,
                Map.of(
                        "openpathways.mail.embedded", "false",
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", Integer.toString(closedPort()),
                        "spring.mail.properties.mail.smtp.connectiontimeout", "2000"))) {
            mailServerDown
                    .getBean(Accounts.class)
                    .register(new Registration(
                            "later@example.net", "patient owl waiting", "Patient Person", Language.ENGLISH));
            JdbcClient jdbc = mailServerDown.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(jdbc) > 0);
            assertThat(incomplete(jdbc)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext restarted = start(common, Map.of("openpathways.mail.embedded", "true"))) {
            DemoMailbox mailbox = restarted.getBean(DemoMailbox.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !mailbox.messagesTo("later@example.net").isEmpty());
            assertThat(mailbox.messagesTo("later@example.net").get(0).subject())
                    .isEqualTo("Confirm your e-mail address");
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(jdbc) == 0);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> common, Map<String, Object> specific) {
        var properties = new java.util.HashMap<String, Object>(common);
        properties.putAll(specific);
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OpenPathwaysApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments);
    }

    private static long incomplete(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }

    private static long failedAttempts(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED'")
                .query(Long.class)
                .single();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
