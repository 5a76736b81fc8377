package org.openpathways.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistrationTest {

    static final String PASSWORD = "river stone garden 42";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoMailbox demoMailbox;

    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = new Mailbox(demoMailbox, jdbc);
    }

    @Test
    void aNewcomerRegistersConfirmsTheAddressAndSignsIn() throws Exception {
        String email = "yusuf.ali@example.net";
        mvc.perform(post("/register")
                        .param("displayName", "Yusuf Ali")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("lang", "fr")
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));

        var mail = mailbox.awaitMail(email, "Confirmez");
        assertThat(mail.body()).contains("Bonjour Yusuf Ali");
        String confirmPath = Mailbox.linkPath(mail, "/register/confirm");

        mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?unconfirmed"));

        mvc.perform(get(confirmPath))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"token\"")));
        mvc.perform(post("/register/confirm")
                        .param("token", Mailbox.token(mail, "/register/confirm"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));

        var signedIn = mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("op_lang=fr"));
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
        mailbox.awaitMail(email, "Bienvenue");
        mvc.perform(get("/inbox").session(session))
                .andExpect(content().string(Matchers.containsString("Bienvenue sur OpenPathways")));
    }

    @Test
    void aConfirmationLinkWorksOnlyOnce() throws Exception {
        String email = "once@example.net";
        register(email);
        var mail = mailbox.awaitMail(email, "Confirm");
        String token = Mailbox.token(mail, "/register/confirm");
        mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
        mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This link does not work")));
    }

    @Test
    void registeringAgainWithTheSameAddressRevealsNothingAndWarnsTheHolder() throws Exception {
        String email = "twice@example.net";
        register(email);
        mailbox.awaitMail(email, "Confirm");
        long accounts = accountCount();
        mvc.perform(post("/register")
                        .param("displayName", "Someone Else")
                        .param("email", "  TWICE@example.net ")
                        .param("password", "another fine passphrase")
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));
        mailbox.awaitMail(email, "You already have an account");
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void hostileOrWeakInputIsRefusedWithATranslatedMessageAndNothingIsStored() throws Exception {
        long before = accountCount();
        mvc.perform(post("/register")
                        .param("displayName", "<script>alert(1)</script>")
                        .param("email", "x@example.net")
                        .param("password", PASSWORD)
                        .param("lang", "es")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No use los caracteres &lt; y &gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
        mvc.perform(post("/register")
                        .param("displayName", "Robert'); DROP TABLE accounts_account;--")
                        .param("email", "not-an-address")
                        .param("password", "short")
                        .param("lang", "en")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#email\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#password\"")));
        mvc.perform(post("/register")
                        .param("displayName", "Long " + "x".repeat(5000))
                        .param("email", "long@example.net")
                        .param("password", "password123")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#displayName\"")));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void theFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/register")
                        .param("displayName", "No Token")
                        .param("email", "t@example.net")
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    private void register(String email) throws Exception {
        mvc.perform(post("/register")
                        .param("displayName", "Test Person")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));
    }

    private long accountCount() {
        return jdbc.sql("select count(*) from accounts_account")
                .query(Long.class)
                .single();
    }
}
