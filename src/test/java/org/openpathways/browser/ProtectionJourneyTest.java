package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Role;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.referrals.ProviderDirectory;
import org.openpathways.referrals.ProviderTerms;
import org.openpathways.referrals.persistence.ReferralRecords;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child met at a consulate, from the first questions to the shelter's closed referral: a consular officer opens a
 * case for a 15-year-old girl travelling alone and screens her; the result asks for a child-protection officer, who
 * finds her among the children's cases, interviews her with her representative present (the form refuses without
 * one), assigns her guardian, records the guardian's consent to share only her identity and needs with a shelter, and
 * refers her to it twice (a place to stay, and an immediate child-protection referral). The shelter sees her name and
 * needs but not her phone or languages, accepts, records the delivery and closes; the second referral, left
 * unanswered, shows as overdue to both sides. Three people, each signed in as themselves, every page checked with axe.
 */
class ProtectionJourneyTest extends BrowserJourney {

    private static final String CHILD = "Amira Haddad";
    private static final String PHONE = "+249 912 345 678";
    private static final String REPRESENTATIVE = "Youssef Mansour";
    private static final String GUARDIAN = "Nadia Karim";

    /** The questionnaire's own English text for the action (questionnaire.yaml), not a message bundle's. */
    private static final String CALL_CHILD_PROTECTION =
            "Call a child-protection officer, who takes over the interview (within 1 hour)";

    @Autowired
    ProviderDirectory directory;

    @Autowired
    ReferralRecords referralRecords;

    @Test
    void aChildMetAtAConsulateIsScreenedInterviewedAndReferredWithHerGuardiansConsent() {
        UUID consulate = anOrganisation("Consulate in Tunis", OrganisationKind.CONSULATE);
        UUID childProtectionService =
                anOrganisation("Child Protection Service", OrganisationKind.CHILD_PROTECTION_SERVICE);
        String shelter = aShelterInTheDirectory();

        staff(Role.CONSULAR, "Colette Consul", consulate);
        String reference = openACaseAtTheConsulate();
        screenTheChild();
        signOut();

        StaffMember protector = staff(Role.CHILD_PROTECTION, "Chidi Protector", childProtectionService);
        browser.clickLink(text("screening.nav.dashboard"));
        assertThat(browser.heading()).isEqualTo(text("screening.dashboard.heading"));
        assertThat(rowOf(reference).getText()).contains(text("screening.dashboard.not-interviewed"));
        browser.clickLink(reference);
        assertThat(browser.heading()).isEqualTo(text("screening.child.heading"));
        flagAsUnaccompanied();
        interviewWithTheRepresentativePresent();
        assignTheGuardian();
        browser.clickLink(text("screening.nav.dashboard"));
        assertThat(rowOf(reference).getText())
                .contains(
                        text("screening.dashboard.assigned"),
                        text("screening.child.unaccompanied"),
                        text("screening.dashboard.interviewed"));
        browser.clickLink(reference);
        browser.clickLink(text("screening.back-to-case"));
        recordTheGuardiansConsent(shelter);
        browser.clickLink(text("referrals.new.title"));
        String shelterReferral = refer(shelter, "referrals.service.shelter", "referrals.urgency.medium");
        browser.clickLink(text("referrals.back-to-case"));
        assertThat(browser.heading()).isEqualTo(CHILD);
        assertThat(browser.find(By.xpath("//table[caption[normalize-space()="
                                + Browser.xpathLiteral(text("referrals.section.referrals")) + "]]"))
                        .getText())
                .contains(shelter, text("referrals.service.shelter"), text("referrals.status.sent"));
        browser.clickLink(text("referrals.new.title"));
        String immediateReferral = refer(shelter, "referrals.service.child-protection", "referrals.urgency.immediate");
        assertThat(shelterReferral).isNotEqualTo(immediateReferral);
        signOut();

        staff(Role.SERVICE_PROVIDER, "Salma Shelter", organisationNamed(shelter));
        browser.clickLink(text("referrals.nav"));
        assertThat(browser.heading()).isEqualTo(text("referrals.inbox.title"));
        assertThat(browser.findAll(By.cssSelector(".govuk-warning-text"))).isEmpty();
        browser.clickLink(text("referrals.service.shelter"));
        seeOnlyWhatTheGuardianAgreedToShare();
        acceptDeliverAndClose();

        // The immediate referral is due within the hour. Instead of waiting, the test moves its sent and due times two
        // hours back, as the demonstration data does: it stands in for the passing of time, nothing else changes.
        referralRecords.backdate(UUID.fromString(immediateReferral), Duration.ofHours(2));

        browser.clickLink(text("referrals.back"));
        assertThat(overdueReferrals()).containsExactly(text("referrals.service.child-protection"));
        signOut();

        signInAsStaff(protector);
        browser.clickLink(text("referrals.nav"));
        assertThat(browser.heading()).isEqualTo(text("referrals.sent.title"));
        assertThat(overdueReferrals()).containsExactly(text("referrals.service.child-protection"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("referrals.status.closed"));
    }

    /** The shelter's organisation and its entry in the directory (an administrator's work); returns its name. */
    private String aShelterInTheDirectory() {
        return asAdministrator(() -> {
            Organisation organisation =
                    organisations.create("Safe Haven Shelter " + UUID.randomUUID(), OrganisationKind.SERVICE_PROVIDER);
            directory.save(
                    organisation.id(),
                    new ProviderTerms(
                            List.of("shelter", "child-protection"), List.of("Tunis"), List.of("ar", "fr"), 10),
                    IfMatch.of(null));
            return organisation.name();
        });
    }

    private UUID organisationNamed(String name) {
        return directory.search(null, null, null).stream()
                .filter(entry -> entry.name().equals(name))
                .findFirst()
                .orElseThrow()
                .organisationId();
    }

    /** From the menu to a new case for a girl who says she is 15; returns the case's reference. */
    private String openACaseAtTheConsulate() {
        browser.clickLink(text("cases.nav"));
        assertThat(browser.heading()).isEqualTo(text("cases.list.heading"));
        browser.clickLink(text("cases.list.new"));
        assertThat(browser.heading()).isEqualTo(text("cases.new.heading"));
        browser.fillIn(text("cases.field.full-name"), CHILD);
        browser.fillInDate(
                text("cases.field.claimed-birth-date"),
                LocalDate.now().minusYears(15).minusMonths(4));
        browser.select(text("cases.field.sex"), text("cases.sex.female"));
        browser.fillIn(text("cases.field.nationality"), "SDN");
        browser.fillIn(text("cases.field.languages"), "ar");
        browser.fillIn(text("cases.field.phone"), PHONE);
        browser.check(text("cases.contact-point.CONSULATE"));
        browser.fillIn(text("cases.field.place"), "Consulate in Tunis, visa desk");
        browser.fillInDate(text("cases.field.contact-date"), LocalDate.now());
        browser.clickButton(text("cases.new.submit"));
        assertThat(browser.heading()).isEqualTo(CHILD);
        return browser.find(By.cssSelector(".govuk-caption-l")).getText();
    }

    /** The questionnaire, level by level; the result asks for a child-protection officer. */
    private void screenTheChild() {
        browser.clickLink(text("screening.section.screen"));
        assertThat(browser.heading()).isEqualTo(text("screening.form.heading"));
        assertThat(browser.findAll(By.cssSelector("form h2")).stream()
                        .map(WebElement::getText)
                        .toList())
                .startsWith(
                        text("screening.level.individual"),
                        text("screening.level.household"),
                        text("screening.level.community"),
                        text("screening.level.structural"));
        answer("says-under-18", "yes");
        answer("shared-language", "yes");
        answer("travelling-alone", "yes");
        answer("family-support", "no");
        answer("safe-place-tonight", "no");
        answer("legal-status", "regular");
        answer("identity-documents", "yes");
        browser.clickButton(text("screening.form.submit"));
        assertThat(browser.heading()).isEqualTo(text("screening.result.heading"));
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText())
                .isEqualTo(text("screening.rating.high"));
        assertThat(browser.find(By.cssSelector("main table")).getText()).contains(CALL_CHILD_PROTECTION);
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("screening.need.child-protection"), text("screening.need.shelter"));
        browser.clickLink(text("screening.back-to-case"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("cases.child"), text("screening.rating.high"));
    }

    /** Answers a question by clicking its answer's label; "Yes" and "No" repeat, so the label is found by its field. */
    private void answer(String question, String value) {
        browser.find(By.cssSelector("label[for='q-" + question + "-" + value + "']"))
                .click();
    }

    private void flagAsUnaccompanied() {
        browser.check(text("screening.child.unaccompanied-hint"));
        browser.clickButton(text("screening.child.save-flags"));
        assertThat(browser.find(By.cssSelector(".govuk-summary-list")).getText())
                .contains(text("screening.child.unaccompanied"));
    }

    /** Refused once without the representative's name, then recorded with it. */
    private void interviewWithTheRepresentativePresent() {
        String summary = "She left Khartoum with a cousin who stayed in Libya; she wants to join her aunt in Lyon.";
        browser.select(text("screening.child.representative-role"), text("screening.role.representative"));
        browser.fillIn(text("screening.child.language"), "ar");
        browser.fillIn(text("screening.child.summary"), summary);
        browser.clickButton(text("screening.child.record-interview"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains(text("screening.child.error.representativeName"));
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(summary);

        browser.select(text("screening.child.representative-role"), text("screening.role.representative"));
        browser.fillIn(text("screening.child.representative-name"), REPRESENTATIVE);
        browser.fillIn(text("screening.child.language"), "ar");
        browser.fillIn(text("screening.child.summary"), summary);
        browser.clickButton(text("screening.child.record-interview"));
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(browser.find(By.tagName("main")).getText()).contains(REPRESENTATIVE, summary);
    }

    private void assignTheGuardian() {
        browser.select(text("screening.child.role"), text("screening.role.guardian"));
        browser.fillIn(text("screening.child.name"), GUARDIAN);
        browser.fillIn(text("screening.child.organisation"), "Guardianship Office of Tunis");
        browser.clickButton(text("screening.child.assign"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("screening.role.guardian") + ": " + GUARDIAN);
    }

    /** From the case page: the guardian agrees to share her identity and needs with the shelter, nothing else. */
    private void recordTheGuardiansConsent(String shelter) {
        browser.clickLink(text("referrals.action.record-consent"));
        assertThat(browser.heading()).isEqualTo(text("referrals.consents.case-title"));
        browser.select(text("referrals.field.provider"), shelter);
        browser.check(text("referrals.giver.guardian"));
        browser.fillIn(text("referrals.field.giver-name"), GUARDIAN);
        browser.check(text("referrals.category.identity"));
        browser.check(text("referrals.category.needs"));
        browser.fillInDate(text("referrals.field.valid-until"), LocalDate.now().plusMonths(3));
        browser.clickButton(text("referrals.action.record-consent"));
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("referrals.consents.recorded-notice"));
        String consents = browser.find(By.cssSelector("main table")).getText();
        assertThat(consents)
                .contains(
                        shelter,
                        text("referrals.giver.guardian"),
                        GUARDIAN,
                        text("referrals.category.identity") + ", " + text("referrals.category.needs"),
                        text("referrals.consent.live"))
                .doesNotContain(text("referrals.category.contact"), text("referrals.category.languages"));
    }

    /** Fills in and sends the referral form, sharing identity and needs; returns the referral's id. */
    private String refer(String provider, String service, String urgency) {
        assertThat(browser.heading()).isEqualTo(text("referrals.new.title"));
        browser.select(
                text("referrals.field.provider"),
                browser.find(By.xpath("//select[@id='providerOrganisationId']/option[starts-with(normalize-space(), "
                                + Browser.xpathLiteral(provider) + ")]"))
                        .getText());
        browser.select(text("referrals.field.service"), text(service));
        browser.select(text("referrals.field.urgency"), text(urgency));
        browser.check(text("referrals.category.identity"));
        browser.check(text("referrals.category.needs"));
        browser.fillIn(
                text("referrals.field.note"), "A girl of 15, travelling alone; her guardian is " + GUARDIAN + ".");
        browser.clickButton(text("referrals.action.send"));
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(browser.path()).startsWith("/referrals/");
        assertThat(browser.heading()).contains(text(service), text("referrals.status.sent"));
        return browser.path().substring("/referrals/".length());
    }

    /** The shelter sees the name and needs, not the phone number or the languages. */
    private void seeOnlyWhatTheGuardianAgreedToShare() {
        assertThat(browser.heading()).contains(text("referrals.service.shelter"), text("referrals.status.sent"));
        String shared = browser.find(By.tagName("main")).getText();
        assertThat(shared)
                .contains(text("referrals.person.heading"), CHILD, text("cases.sex.female"))
                .doesNotContain(PHONE, text("referrals.person.phone"), text("referrals.person.languages"));
        assertThat(browser
                        .find(By.xpath("//div[dt[normalize-space()="
                                + Browser.xpathLiteral(text("referrals.person.needs")) + "]]/dd"))
                        .findElements(By.tagName("li"))
                        .stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactlyInAnyOrder(
                        text("referrals.service.child-protection"), text("referrals.service.shelter"));
    }

    private void acceptDeliverAndClose() {
        browser.clickButton(text("referrals.action.accept"));
        assertThat(browser.heading()).contains(text("referrals.status.accepted"));
        browser.fillIn(
                text("referrals.field.delivery-note"), "A bed in the girls' wing from tonight, with a caseworker.");
        browser.clickButton(text("referrals.action.deliver"));
        assertThat(browser.heading()).contains(text("referrals.status.delivered"));
        browser.fillIn(text("referrals.field.close-reason"), "Placed; her guardian follows up with the caseworker.");
        browser.clickButton(text("referrals.action.close"));
        assertThat(browser.heading()).contains(text("referrals.status.closed"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("A bed in the girls' wing from tonight, with a caseworker.");
    }

    /** The services of the referrals the overdue warning lists. */
    private List<String> overdueReferrals() {
        assertThat(browser.find(By.cssSelector(".govuk-warning-text")).getText())
                .contains(text("referrals.overdue.warning", 1));
        WebElement overdue = browser.find(By.xpath(
                "//table[caption[normalize-space()=" + Browser.xpathLiteral(text("referrals.overdue.heading")) + "]]"));
        assertThat(overdue.getText()).contains(text("referrals.overdue"));
        return overdue.findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement rowOf(String reference) {
        return browser.find(By.xpath("//tr[td/a[normalize-space()=" + Browser.xpathLiteral(reference) + "]]"));
    }
}
