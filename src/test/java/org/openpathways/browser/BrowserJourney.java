package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every journey needs: the running application, one Chromium per test class (its cookies cleared before each
 * journey) and the texts people read, taken from the message bundles.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    DemoMailbox demoMailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisations organisations;

    Browser browser;

    @BeforeAll
    void openTheBrowser() {
        browser = Browser.withJavaScript();
        browser.at("http://localhost:" + port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startAsANewVisitor() {
        browser.forgetEverything();
    }

    String text(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /**
     * Opens the demo mailbox and follows the link to {@code path} in the mail with that subject sent to the address.
     * Links in mails start with {@code openpathways.public-url}, which is fixed before the server gets its random
     * port, so the browser opens the link's path and query on the server under test.
     */
    void followTheLinkInTheMail(String address, String subject, String path) {
        // Waits until the mail's listener has committed: a mail leaves just before the token in its link is stored.
        new Mailbox(demoMailbox, jdbc).awaitMail(address, subject);
        browser.visit("/demo/mailbox");
        assertThat(browser.heading()).isEqualTo(text("mailbox.heading"));
        WebElement mail = browser.find(By.xpath("//article[.//h2[normalize-space()=" + Browser.xpathLiteral(subject)
                + "] and .//p[contains(., " + Browser.xpathLiteral(address) + ")]]"));
        URI link = URI.create(
                mail.findElement(By.cssSelector("a[href*='" + path + "']")).getDomAttribute("href"));
        assertThat(link.getPath()).isEqualTo(path);
        browser.visit(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    void signIn(String address, String password) {
        if (!browser.path().equals("/login")) {
            browser.clickLink(text("nav.sign-in"));
        }
        browser.fillIn(text("accounts.field.email"), address);
        browser.fillIn(text("accounts.field.password"), password);
        browser.clickButton(text("accounts.sign-in.button"));
    }

    void signOut() {
        browser.clickButton(text("nav.sign-out"));
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("accounts.sign-in.notice.signed-out"));
        assertThat(browser.findAll(
                        By.xpath("//button[normalize-space()=" + Browser.xpathLiteral(text("nav.sign-out")) + "]")))
                .isEmpty();
        assertThat(browser.link(text("nav.sign-in")).isDisplayed()).isTrue();
    }

    /**
     * A member of staff with this role, added by an administrator to a migration office of their own, who chose a
     * password from the invitation and enrolled an authenticator app; they are left signed in, on their account page.
     */
    StaffMember staff(Role role, String name) {
        return staff(role, name, anOrganisation("Migration Office", OrganisationKind.MIGRATION_AUTHORITY));
    }

    /** As {@link #staff(Role, String)}, a member of the given organisation (whose kind must allow the role). */
    StaffMember staff(Role role, String name, UUID organisation) {
        String address = uniqueAddress(role.name().toLowerCase(Locale.ROOT), "migration-office.example");
        StaffMember member = new StaffMember(address, "amber lantern 7 harbour", role);
        asAdministrator(() -> organisations.addMember(organisation, address, name, Set.of(role), Language.ENGLISH));
        followTheLinkInTheMail(address, text("mail.accounts.member-invitation.subject"), "/password-reset/new");
        assertThat(browser.heading()).isEqualTo(text("accounts.new-password.heading"));
        browser.fillIn(text("accounts.field.new-password"), member.password());
        browser.fillIn(text("accounts.field.password-again"), member.password());
        browser.clickButton(text("accounts.new-password.button"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("accounts.sign-in.notice.password-set"));
        signIn(address, member.password());
        assertThat(browser.path()).isEqualTo("/login/two-factor/enrol");
        member.enrolled(new AuthenticatorApp(browser.find(By.id("totp-secret")).getText()));
        browser.fillIn(text("accounts.field.code"), member.nextCode());
        browser.clickButton(text("accounts.enrol.button"));
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("accounts.role." + role.name()));
        return member;
    }

    /**
     * A person who registers through the pages, confirms the address from the mail and signs in; they are left signed
     * in, on their account page. Returns the address.
     */
    String registeredApplicant(String name, String password) {
        String address = uniqueAddress(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), "example.org");
        browser.visit("/");
        browser.clickLink(text("home.account.register"));
        browser.fillIn(text("accounts.field.display-name"), name);
        browser.fillIn(text("accounts.field.email"), address);
        browser.fillIn(text("accounts.field.new-password"), password);
        browser.clickButton(text("accounts.register.button"));
        followTheLinkInTheMail(address, text("mail.accounts.confirm-email.subject"), "/register/confirm");
        browser.clickButton(text("accounts.confirm.button"));
        signIn(address, password);
        assertThat(browser.path()).isEqualTo("/account");
        return address;
    }

    /** Signs a member of staff in with their password and a code from their authenticator app. */
    void signInAsStaff(StaffMember member) {
        signIn(member.address(), member.password());
        assertThat(browser.path()).isEqualTo("/login/two-factor");
        assertThat(browser.heading()).isEqualTo(text("accounts.second-factor.heading"));
        browser.fillIn(text("accounts.field.code"), member.nextCode());
        browser.clickButton(text("common.continue"));
        assertThat(browser.path()).isEqualTo("/account");
    }

    /** What an administrator does on the organisation's page, done directly: a new member with one role. */
    void addedByAnAdministrator(String address, String name, Role role) {
        UUID office = anOrganisation("Migration Office", OrganisationKind.MIGRATION_AUTHORITY);
        asAdministrator(() -> organisations.addMember(office, address, name, Set.of(role), Language.ENGLISH));
    }

    /** What an administrator does on the organisations' pages, done directly: a new organisation of this kind. */
    UUID anOrganisation(String name, OrganisationKind kind) {
        return asAdministrator(() -> organisations.create(name + " " + UUID.randomUUID(), kind))
                .id();
    }

    /** Does what only an administrator may do, as one, outside the browser (set-up, not the journey itself). */
    <T> T asAdministrator(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                UUID.randomUUID().toString(), null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String uniqueAddress(String name, String domain) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }
}
