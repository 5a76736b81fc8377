package org.openpathways.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Staff sign-in through an organisation's identity provider, configured by properties only. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.ministry.client-name=Ministry account",
            "spring.security.oauth2.client.registration.ministry.client-id=openpathways",
            "spring.security.oauth2.client.registration.ministry.client-secret=secret",
            "spring.security.oauth2.client.registration.ministry.scope=openid,email",
            "spring.security.oauth2.client.registration.ministry.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.ministry.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.ministry.authorization-uri=https://login.ministry.example/authorize",
            "spring.security.oauth2.client.provider.ministry.token-uri=https://login.ministry.example/token",
            "spring.security.oauth2.client.provider.ministry.jwk-set-uri=https://login.ministry.example/jwks",
            "spring.security.oauth2.client.provider.ministry.user-info-uri=https://login.ministry.example/userinfo",
            "spring.security.oauth2.client.provider.ministry.user-name-attribute=sub"
        })
class OpenIdConnectSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffOpenIdUsers staffOpenIdUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoMailbox demoMailbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageOffersTheConfiguredProviderAndSendsStaffThere() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("Sign in with Ministry account")));
        String location = mvc.perform(get("/oauth2/authorization/ministry"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location)
                .startsWith("https://login.ministry.example/authorize?")
                .contains("client_id=openpathways")
                .contains("scope=openid%20email")
                .contains("redirect_uri=http://localhost/login/oauth2/code/ministry");
    }

    @Test
    void onlyAVerifiedAddressOfAnActiveMembersAccountSignsIn() {
        String email = "oidc." + UUID.randomUUID().toString().substring(0, 8) + "@ministry.example";
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                UUID.randomUUID().toString(), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            var organisation =
                    organisations.create("Ministry " + UUID.randomUUID(), OrganisationKind.MIGRATION_AUTHORITY);
            organisations.addMember(
                    organisation.id(), email, "Oidc Officer", Set.of(Role.CASEWORKER), Language.ENGLISH);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(staffOpenIdUsers.staffAccountFor(email, true))
                .as("a member who has not chosen a password yet is not active")
                .isEmpty();
        String token = Mailbox.token(
                new Mailbox(demoMailbox, jdbc).awaitMail(email, "Your OpenPathways account"), "/password-reset/new");
        accounts.choosePassword(token, "granite meadow signal 4");
        assertThat(staffOpenIdUsers.staffAccountFor(email, true)).isPresent();
        assertThat(staffOpenIdUsers.staffAccountFor(email.toUpperCase(java.util.Locale.ROOT), true))
                .isPresent();
        assertThat(staffOpenIdUsers.staffAccountFor(email, false))
                .as("address not verified by the provider")
                .isEmpty();
        assertThat(staffOpenIdUsers.staffAccountFor("stranger@ministry.example", true))
                .isEmpty();
        assertThat(staffOpenIdUsers.staffAccountFor(null, true)).isEmpty();
    }
}
