package org.openpathways.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a copy of the database or of the logs would reveal about a person: nothing. Personal data is stored encrypted
 * and never written to the logs, even with debug logging on.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {"logging.level.org.openpathways=debug", "logging.level.org.springframework.security=debug"})
class PersonalDataProtectionTest {

    static final String NAME = "Zainab Qasimova";
    static final String EMAIL = "zainab.qasimova@refuge.example";
    static final String PASSWORD = "copper kettle morning 9";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoMailbox demoMailbox;

    @Test
    void neitherTheDatabaseNorTheLogsHoldAPersonsDataInClear(CapturedOutput output) throws Exception {
        mvc.perform(post("/register")
                        .param("displayName", NAME)
                        .param("email", EMAIL)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));
        var mail = new Mailbox(demoMailbox, jdbc).awaitMail(EMAIL, "Confirm");
        mvc.perform(post("/register/confirm")
                        .param("token", Mailbox.token(mail, "/register/confirm"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
        mvc.perform(post("/login")
                .param("email", EMAIL)
                .param("password", "wrong password here")
                .with(csrf()));
        var session = (MockHttpSession) mvc.perform(post("/login")
                        .param("email", EMAIL)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/account").session(session));
        new Mailbox(demoMailbox, jdbc).awaitMail(EMAIL, "Welcome");
        mvc.perform(get("/inbox").session(session));

        for (String table : List.of(
                "accounts_account",
                "notifications_message",
                "event_publication",
                "audit_entry",
                "accounts_token",
                "accounts_sign_in_failure")) {
            String rows = jdbc.sql("select string_agg(t::text, ' ') from " + table + " t")
                    .query(String.class)
                    .single();
            assertThat(rows)
                    .as(table)
                    .isNotNull()
                    .doesNotContainIgnoringCase(EMAIL)
                    .doesNotContain(NAME)
                    .doesNotContain("zainab")
                    .doesNotContain(PASSWORD);
        }
        assertThat(rawInboxBodies()).allSatisfy(body -> assertThat(body).startsWith("v1:"));
        assertThat(output.getAll())
                .isNotEmpty()
                .doesNotContainIgnoringCase(EMAIL)
                .doesNotContain(NAME)
                .doesNotContain(PASSWORD);
    }

    private List<String> rawInboxBodies() {
        return jdbc.sql("select body from notifications_message")
                .query(String.class)
                .list();
    }
}
