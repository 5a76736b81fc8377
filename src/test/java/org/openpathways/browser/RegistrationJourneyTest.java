package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A migrant creates an account, confirms the address from the e-mail, signs in and out. */
class RegistrationJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "cedar kettle 42 morning";

    @Test
    void aNewcomerRegistersConfirmsTheAddressSignsInAndSignsOut() {
        String address = uniqueAddress("nadia", "example.org");
        browser.visit("/");
        browser.clickLink(text("home.account.register"));
        assertThat(browser.heading()).isEqualTo(text("accounts.register.heading"));
        browser.fillIn(text("accounts.field.display-name"), "Nadia Haddad");
        browser.fillIn(text("accounts.field.email"), address);
        browser.fillIn(text("accounts.field.new-password"), PASSWORD);
        browser.clickButton(text("accounts.register.button"));
        assertThat(browser.path()).isEqualTo("/register/check-email");
        assertThat(browser.heading()).isEqualTo(text("accounts.check-email.heading"));

        followTheLinkInTheMail(address, text("mail.accounts.confirm-email.subject"), "/register/confirm");
        assertThat(browser.heading()).isEqualTo(text("accounts.confirm.heading"));
        browser.clickButton(text("accounts.confirm.button"));
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("accounts.sign-in.notice.confirmed"));

        signIn(address, PASSWORD);
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo(text("accounts.account.heading"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(address, text("accounts.role.APPLICANT"));

        browser.clickLink(text("nav.inbox"));
        assertThat(browser.path()).isEqualTo("/inbox");
        browser.clickLink(text("nav.documents"));
        assertThat(browser.path()).isEqualTo("/documents");
        browser.clickLink(text("nav.account"));
        assertThat(browser.path()).isEqualTo("/account");

        signOut();
        browser.visit("/account");
        assertThat(browser.path())
                .as("signed out, the account asks for a sign-in")
                .isEqualTo("/login");
    }
}
