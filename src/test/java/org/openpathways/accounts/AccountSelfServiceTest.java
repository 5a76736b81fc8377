package org.openpathways.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A signed-in applicant's own account, through the pages and the API; forgotten passwords. */
@IntegrationTest
class AccountSelfServiceTest {

    static final String PASSWORD = "silver birch evening 3";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoMailbox demoMailbox;

    @Autowired
    JdbcClient jdbc;

    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = new Mailbox(demoMailbox, jdbc);
    }

    @Test
    void registeringThroughTheApiAnswersTheSameForNewAndKnownAddresses() throws Exception {
        String body = "{\"displayName\":\"Api Person\",\"email\":\"api.person@example.net\",\"password\":\"" + PASSWORD
                + "\"}";
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("confirmation-email-sent"));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("confirmation-email-sent"));
        mailbox.awaitMail("api.person@example.net", "You already have an account");
    }

    @Test
    void aWeakPasswordThroughTheApiIsAProblemNamingTheField() throws Exception {
        mvc.perform(
                        post("/api/v1/accounts")
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Accept-Language", "fr")
                                .content(
                                        "{\"displayName\":\"Weak\",\"email\":\"weak@example.net\",\"password\":\"password123\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.title").value("Mot de passe trop facile à deviner"));
    }

    @Test
    void theApiChangesOnlyTheVersionTheCallerRead() throws Exception {
        MockHttpSession session = registeredAndSignedIn("etag.person@example.net");
        String etag = mvc.perform(get("/api/v1/account").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("etag.person@example.net"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String change = "{\"displayName\":\"New Name\",\"language\":\"es\"}";
        mvc.perform(patch("/api/v1/account")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch("/api/v1/account")
                        .session(session)
                        .with(csrf())
                        .header("If-Match", "\"999\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(patch("/api/v1/account")
                        .session(session)
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("New Name"))
                .andExpect(jsonPath("$.language").value("SPANISH"))
                .andExpect(header().string("ETag", Matchers.not(etag)));
    }

    @Test
    void theLanguageASignedInPersonSwitchesToIsRememberedForTheirNextSignIn() throws Exception {
        String email = "language.person@example.net";
        MockHttpSession session = registeredAndSignedIn(email);
        mvc.perform(get("/account").session(session).param("lang", "ar"))
                .andExpect(content().string(Matchers.containsString("dir=\"rtl\"")));
        var next = mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        assertThat(next.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("op_lang=ar"));
    }

    @Test
    void aForgottenPasswordIsReplacedFromAOneHourLinkThatWorksOnce() throws Exception {
        String email = "forgetful@example.net";
        registeredAndSignedIn(email);
        mvc.perform(post("/password-reset").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password-reset/check-email"));
        mvc.perform(post("/password-reset")
                        .param("email", "unknown." + UUID.randomUUID() + "@example.net")
                        .with(csrf()))
                .andExpect(redirectedUrl("/password-reset/check-email"));
        String token = Mailbox.token(mailbox.awaitMail(email, "Choose a new password"), "/password-reset/new");
        String newPassword = "velvet thunder autumn 5";
        mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("password", newPassword)
                        .param("passwordAgain", "something else entirely")
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("The two passwords are not the same")));
        mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("password", newPassword)
                        .param("passwordAgain", newPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?password-set"));
        mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("password", "another one entirely 8")
                        .param("passwordAgain", "another one entirely 8")
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("This link does not work")));
        mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", newPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mailbox.awaitMail(email, "Your password was changed");
    }

    private MockHttpSession registeredAndSignedIn(String email) throws Exception {
        mvc.perform(post("/register")
                        .param("displayName", "Self Service")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/check-email"));
        String token = Mailbox.token(mailbox.awaitMail(email, "Confirm"), "/register/confirm");
        mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
