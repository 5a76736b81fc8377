package org.openpathways.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.domain.Totp;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** A member of an organisation: invited by an administrator, chooses a password, enrols TOTP, signs in with it. */
@IntegrationTest
class StaffSignInTest {

    static final String PASSWORD = "amber lantern 7 harbour";
    static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

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
    void aNewCaseworkerSetsAPasswordEnrolsAnAuthenticatorAndSignsInWithIt() throws Exception {
        String email = "officer." + UUID.randomUUID().toString().substring(0, 8) + "@migration-office.example";
        invite(email, OrganisationKind.MIGRATION_AUTHORITY, Role.CASEWORKER);

        var invitation = mailbox.awaitMail(email, "Your OpenPathways account");
        String token = Mailbox.token(invitation, "/password-reset/new");
        mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("password", PASSWORD)
                        .param("passwordAgain", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?password-set"));

        var afterPassword = mvc.perform(signIn(email, PASSWORD))
                .andExpect(redirectedUrl("/login/two-factor/enrol"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) afterPassword.getRequest().getSession();
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));

        String page = mvc.perform(get("/login/two-factor/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data:image/svg+xml;base64,")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1).replace(" ", "");

        mvc.perform(post("/login/two-factor/enrol")
                        .session(session)
                        .param("code", "000000")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#code\"")));
        mvc.perform(post("/login/two-factor/enrol")
                        .session(session)
                        .param("code", Totp.codeAt(secret, Instant.now()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Caseworker")));

        var second = mvc.perform(signIn(email, PASSWORD))
                .andExpect(redirectedUrl("/login/two-factor"))
                .andReturn();
        MockHttpSession secondSession = (MockHttpSession) second.getRequest().getSession();
        String usedCode = Totp.codeAt(secret, Instant.now());
        mvc.perform(post("/login/two-factor")
                        .session(secondSession)
                        .param("code", usedCode)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The code is wrong")));
    }

    @Test
    void fiveWrongPasswordsLockTheAddressOutEvenForTheRightPassword() throws Exception {
        String email = "guarded." + UUID.randomUUID().toString().substring(0, 8) + "@migration-office.example";
        invite(email, OrganisationKind.CONSULATE, Role.CONSULAR);
        String token = Mailbox.token(mailbox.awaitMail(email, "Your OpenPathways account"), "/password-reset/new");
        mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("password", PASSWORD)
                        .param("passwordAgain", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?password-set"));
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn(email, "wrong password " + attempt)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(email, PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("Wait 15 minutes")));
    }

    @Test
    void unknownAddressesAreAnsweredLikeWrongPasswords() throws Exception {
        mvc.perform(signIn("nobody@nowhere.example", PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void onlyAdministratorsManageOrganisations() throws Exception {
        mvc.perform(get("/admin/organisations")
                        .with(user(UUID.randomUUID().toString()).roles("CASEWORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void anOrganisationCanOnlyGiveTheRolesItsKindAllows() throws Exception {
        var admin = user(UUID.randomUUID().toString()).roles("ADMIN");
        String page = mvc.perform(post("/admin/organisations")
                        .param("name", "Shelter " + UUID.randomUUID())
                        .param("kind", "SERVICE_PROVIDER")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(page + "/members")
                        .param("displayName", "Wrong Role")
                        .param("email", "wrong.role@shelter.example")
                        .param("roles", "CASEWORKER")
                        .param("language", "en")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("cannot have this role")));
    }

    private void invite(String email, OrganisationKind kind, Role role) {
        asAdministrator(() -> {
            Organisation organisation = organisations.create("Office " + UUID.randomUUID(), kind);
            organisations.addMember(organisation.id(), email, "Test Officer", Set.of(role), Language.ENGLISH);
        });
    }

    static void asAdministrator(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                UUID.randomUUID().toString(), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String email, String password) {
        return post("/login").param("email", email).param("password", password).with(csrf());
    }
}
