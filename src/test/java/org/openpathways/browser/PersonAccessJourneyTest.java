package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Role;
import org.openqa.selenium.By;

/**
 * A woman met at a consulate has no application, so her case is tied to nothing of hers until the consular officer
 * gives her a code: the officer makes it on the case page, she registers, enters it on her own "referrals and
 * consents" page (a mistyped code is refused with a message linked to the field), and the officer then sees the case
 * linked. Two people, each signed in as themselves, every page checked with axe.
 */
class PersonAccessJourneyTest extends BrowserJourney {

    private static final String PERSON = "Awa Ndiaye";
    private static final String PASSWORD = "violet harbour 19 lantern";

    @Test
    void aPersonWithoutAnApplicationLinksHerCaseWithTheCodeTheOfficerGaveHer() {
        UUID consulate = anOrganisation("Consulate in Dakar", OrganisationKind.CONSULATE);
        StaffMember consul = staff(Role.CONSULAR, "Colette Consul", consulate);
        String caseUrl = openACase();
        browser.clickButton(text("cases.person-access.issue"));
        assertThat(browser.heading()).isEqualTo(text("cases.person-code.title"));
        String code = browser.find(By.id("person-code")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        signOut();

        registeredApplicant(PERSON, PASSWORD);
        browser.clickLink(text("referrals.nav.consents"));
        assertThat(browser.heading()).isEqualTo(text("referrals.mine.title"));
        browser.fillIn(text("referrals.mine.link.code"), "2222-2222-2222");
        browser.clickButton(text("referrals.mine.link.submit"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains(text("problem.cases.code-invalid.detail"));
        browser.fillIn(
                text("referrals.mine.link.code"), code.toLowerCase(Locale.ROOT).replace('-', ' '));
        browser.clickButton(text("referrals.mine.link.submit"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("referrals.mine.linked"));
        signOut();

        signInAsStaff(consul);
        browser.visit(caseUrl);
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("cases.person-access.title"))
                .doesNotContain(text("cases.person-access.not-linked"));
    }

    /** From the menu to a new case for an adult met at the consulate; returns the case page's path. */
    private String openACase() {
        browser.clickLink(text("cases.nav"));
        browser.clickLink(text("cases.list.new"));
        assertThat(browser.heading()).isEqualTo(text("cases.new.heading"));
        browser.fillIn(text("cases.field.full-name"), PERSON);
        browser.fillInDate(text("cases.field.claimed-birth-date"), LocalDate.of(1995, 5, 2));
        browser.check(text("cases.contact-point.CONSULATE"));
        browser.fillIn(text("cases.field.place"), "Consulate in Dakar, visa desk");
        browser.fillInDate(text("cases.field.contact-date"), LocalDate.now());
        browser.clickButton(text("cases.new.submit"));
        assertThat(browser.heading()).isEqualTo(PERSON);
        return browser.path();
    }
}
