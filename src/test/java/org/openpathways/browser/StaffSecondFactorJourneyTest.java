package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Role;
import org.openqa.selenium.By;

/**
 * A caseworker added by an administrator chooses a password, must set up an authenticator app before reaching any
 * page, and then signs in with password and code. The test profile keeps the second factor obligatory for staff
 * (only demo mode waives it).
 */
class StaffSecondFactorJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "amber lantern 7 harbour";

    @Test
    void aNewCaseworkerEnrolsAnAuthenticatorAndSignsInWithItsCode() {
        String address = uniqueAddress("officer", "migration-office.example");
        addedByAnAdministrator(address, "Test Officer", Role.CASEWORKER);

        followTheLinkInTheMail(address, text("mail.accounts.member-invitation.subject"), "/password-reset/new");
        assertThat(browser.heading()).isEqualTo(text("accounts.new-password.heading"));
        browser.fillIn(text("accounts.field.new-password"), PASSWORD);
        browser.fillIn(text("accounts.field.password-again"), PASSWORD);
        browser.clickButton(text("accounts.new-password.button"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("accounts.sign-in.notice.password-set"));

        signIn(address, PASSWORD);
        assertThat(browser.path()).isEqualTo("/login/two-factor/enrol");
        assertThat(browser.heading()).isEqualTo(text("accounts.enrol.heading"));
        assertThat(browser.find(By.cssSelector("img.op-qr")).getDomAttribute("alt"))
                .isEqualTo(text("accounts.enrol.qr-alt"));
        AuthenticatorApp app =
                new AuthenticatorApp(browser.find(By.id("totp-secret")).getText());
        browser.fillIn(text("accounts.field.code"), app.code(Instant.now(), 0));
        browser.clickButton(text("accounts.enrol.button"));
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("accounts.role.CASEWORKER"), text("accounts.account.second-factor.on"));

        signOut();
        signIn(address, PASSWORD);
        assertThat(browser.path()).isEqualTo("/login/two-factor");
        assertThat(browser.heading()).isEqualTo(text("accounts.second-factor.heading"));
        // The enrolment spent the current step's code and no code is accepted twice. The application allows one step
        // of clock drift, so the next step's code (an app whose clock runs a little ahead) signs in without waiting.
        browser.fillIn(text("accounts.field.code"), app.code(Instant.now(), 1));
        browser.clickButton(text("common.continue"));
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo(text("accounts.account.heading"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("accounts.role.CASEWORKER"));
    }
}
