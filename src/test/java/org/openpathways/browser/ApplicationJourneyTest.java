package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpathways.accounts.Role;
import org.openpathways.documents.SampleFiles;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One application from the first question to the permit checked by a stranger: an applicant checks which ways fit,
 * applies for skilled work with a partner and a child and their documents; a caseworker asks a question, the applicant
 * answers; the caseworker recommends a refusal citing the one criterion the answers do not meet (the wage), a
 * supervisor approves it; the applicant reads the letter, once in Arabic, and appeals; a reviewer overturns the
 * refusal; the permit is issued and anyone can check it by its number. Five people, each signed in as themselves, and
 * every page any of them sees checked with axe as it loads.
 */
class ApplicationJourneyTest extends BrowserJourney {

    private static final String PATHWAY_TITLE = "Skilled work: one permit to live and work";
    private static final String APPLICANT = "Samira Ndiaye";
    private static final String PASSWORD = "cedar kettle 42 morning";
    private static final Locale ARABIC = Language.ARABIC.locale();

    @Autowired
    DemoCatalogue demoCatalogue;

    @TempDir
    Path files;

    @BeforeEach
    void publishTheDemonstrationCatalogue() {
        demoCatalogue.load();
    }

    @Test
    void anApplicationIsRefusedAppealedOverturnedAndItsPermitCheckedPublicly() throws IOException {
        String applicant = registeredApplicant(APPLICANT, PASSWORD);
        addDocuments();
        checkEligibility();
        String reference = apply();
        signOut();

        StaffMember caseworker = staff(Role.CASEWORKER, "Carla Caseworker");
        openCase(reference);
        browser.clickButton(text("applications.case.take"));
        browser.clickButton(text("applications.case.assess"));
        browser.fillIn(
                text("applications.case.request"),
                "Is the wage in your contract before or after tax? Please say which.");
        browser.clickButton(text("applications.case.request.button"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("applications.status.information-requested"));
        signOut();

        signIn(applicant, PASSWORD);
        openApplication(reference);
        assertThat(browser.find(By.cssSelector(".govuk-inset-text")).getText())
                .isEqualTo("Is the wage in your contract before or after tax? Please say which.");
        browser.fillIn(text("applications.view.answer"), "Before tax: 2400 euros a month.");
        browser.clickButton(text("applications.view.answer.button"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Before tax: 2400 euros a month.");
        signOut();

        signInAsStaff(caseworker);
        openCase(reference);
        assertThat(browser.find(By.tagName("main")).getText()).contains("Before tax: 2400 euros a month.");
        List<WebElement> failedCriteria = browser.findAll(By.cssSelector("#criteria .govuk-checkboxes__label"));
        assertThat(failedCriteria)
                .as("only the wage is under the rules' minimum")
                .hasSize(1);
        String criterion = failedCriteria.get(0).getText();
        assertThat(criterion).contains("2,400 EUR", "2,600 EUR");
        browser.check(text("applications.case.outcome.refuse"));
        browser.check(criterion);
        browser.clickButton(text("applications.case.recommend.button"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("applications.case.awaiting"), criterion);
        signOut();

        staff(Role.SUPERVISOR, "Sam Supervisor");
        browser.clickLink(text("nav.approvals"));
        browser.clickLink(reference);
        assertThat(browser.find(By.tagName("main")).getText()).contains(criterion);
        browser.clickButton(text("applications.case.approve-refusal"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("applications.status.refused"));
        signOut();

        signIn(applicant, PASSWORD);
        openApplication(reference);
        browser.clickLink(text("applications.view.letter"));
        assertThat(browser.heading()).isEqualTo(text("applications.letter.title", reference));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(
                        APPLICANT, text("applications.letter.refused"), criterion, text("applications.letter.appeal"));
        browser.clickLink(Language.ARABIC.autonym());
        assertThat(browser.heading()).isEqualTo(text(ARABIC, "applications.letter.title", reference));
        assertThat(browser.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text(ARABIC, "applications.letter.refused"), text(ARABIC, "applications.letter.appeal"));
        browser.clickLink(Language.ENGLISH.autonym());
        assertThat(browser.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        browser.clickLink(text("applications.letter.back"));
        browser.fillIn(
                text("applications.view.appeal.grounds"),
                "My contract says 2400 euros for 32 hours a week; for full time it is 3000 euros, above the minimum.");
        browser.clickButton(text("applications.view.appeal.button"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(text("applications.view.appealed"), text("applications.status.appealed"));
        signOut();

        staff(Role.REVIEWER, "Rita Reviewer");
        browser.clickLink(text("nav.appeals"));
        browser.clickLink(reference);
        assertThat(browser.heading()).isEqualTo(text("applications.appeal.title", reference));
        assertThat(browser.find(By.tagName("main")).getText()).contains("for full time it is 3000 euros");
        browser.clickButton(text("applications.appeal.take"));
        browser.check(text("applications.appeal.outcome.overturned"));
        browser.fillIn(
                text("applications.appeal.your-reason"),
                "The wage for full-time work is above the minimum; the contract is part time by choice.");
        browser.clickButton(text("applications.appeal.decide"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("applications.appeal.status.overturned"));
        signOut();

        signIn(applicant, PASSWORD);
        openApplication(reference);
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("applications.status.approved"));
        browser.clickLink(text("applications.view.letter"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(text("applications.letter.approved"));
        String permitNumber = permitNumberInTheLetter();
        signOut();

        browser.visit("/permits/verify");
        assertThat(browser.heading()).isEqualTo(text("permits.verify.heading"));
        browser.fillIn(text("permits.verify.number"), permitNumber);
        browser.clickButton(text("permits.verify.submit"));
        assertThat(browser.path()).startsWith("/permits/verify/");
        assertThat(browser.find(By.cssSelector(".govuk-summary-list")).getText())
                .contains(text("permits.status.valid"), APPLICANT);
    }

    private void addDocuments() throws IOException {
        browser.clickLink(text("nav.documents"));
        upload("passport-samira.pdf", "documents.purpose.identity");
        upload("diploma-samira.pdf", "documents.purpose.education");
    }

    private void upload(String name, String purpose) throws IOException {
        Path file = Files.write(files.resolve(name), SampleFiles.aPdfSaying(name));
        browser.select(text("documents.purpose.label"), text(purpose));
        browser.attach(text("documents.file.label"), file);
        browser.clickButton(text("documents.upload.submit"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner__heading"))
                        .getText())
                .isEqualTo(text("documents.uploaded"));
        assertThat(browser.find(By.cssSelector("table.op-documents")).getText()).contains(name);
    }

    /** A few questions answered, the others skipped, and from the results to the pathway's page. */
    private void checkEligibility() {
        browser.visit("/");
        browser.clickLink(text("pathways.eligibility.link"));
        browser.clickButton(text("pathways.eligibility.start"));
        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.question.person.birthDate"));
        browser.fillIn(text("pathways.eligibility.day"), "27");
        browser.fillIn(text("pathways.eligibility.month"), "3");
        browser.fillIn(text("pathways.eligibility.year"), "1990");
        browser.clickButton(text("pathways.eligibility.continue"));
        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.question.person.nationality"));
        browser.select(text("pathways.eligibility.choose"), senegal());
        browser.clickButton(text("pathways.eligibility.continue"));
        int questions = 0;
        while (!browser.findAll(By.name("skip")).isEmpty() && questions++ < 30) {
            browser.clickButton(text("pathways.eligibility.skip"));
        }
        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.results.heading"));
        browser.clickLink(PATHWAY_TITLE);
        assertThat(browser.path()).isEqualTo("/pathways/skilled-work-single-permit");
    }

    /**
     * Fills in the whole application and sends it: complete, yet with a wage under the rules' minimum (completeness is
     * not eligibility). Returns its reference.
     */
    private String apply() {
        browser.clickLink(text("pathways.apply"));
        assertThat(browser.heading()).isEqualTo(text("applications.new.title"));
        browser.clickButton(text("applications.new.button"));
        assertThat(browser.heading()).isEqualTo(text("applications.form.title"));

        browser.fillIn(text("applications.field.full-name"), APPLICANT);
        browser.fillInDate(text("applications.field.birth-date"), LocalDate.of(1990, 3, 27));
        browser.check(text("applications.sex.female"));
        browser.select(text("applications.field.nationality"), senegal());
        browser.select(text("applications.field.country-of-residence"), senegal());
        browser.fillIn(text("applications.field.experience-months"), "48");
        browser.fillIn(text("applications.field.employer"), "Atlantic Boatyard Ltd");
        browser.fillIn(text("applications.field.hours"), "32");
        browser.fillIn(text("applications.field.wage"), "2400");
        browser.fillIn(text("applications.field.currency"), "EUR");
        browser.fillIn(text("applications.field.contract-months"), "24");
        browser.fillIn(text("applications.field.sector"), "Shipbuilding");
        browser.fillIn(text("applications.field.occupation"), "3115");

        browser.fillIn(text("applications.field.partner-name"), "Ousmane Ndiaye");
        browser.fillInDate(text("applications.field.partner-birth-date"), LocalDate.of(1988, 11, 2));
        browser.fillIn(text("applications.field.child-name", 1), "Awa Ndiaye");
        browser.fillInDate(
                text("applications.field.child-birth-date", 1), LocalDate.now().minusYears(7));

        browser.select(text("pathways.eligibility.name.passport"), "passport-samira.pdf");
        browser.select(text("pathways.eligibility.name.diploma"), "diploma-samira.pdf");
        browser.fillIn(text("applications.field.payment-reference"), "RCPT-2026-004417");
        browser.clickButton(text("applications.form.submit"));
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary")).stream()
                        .map(WebElement::getText)
                        .toList())
                .as("what the form says is still missing")
                .isEmpty();
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText())
                .isEqualTo(text("applications.submitted.banner"));
        String reference = browser.path().substring("/applications/".length());
        assertThat(browser.heading()).isEqualTo(text("applications.view.title", reference));
        return reference;
    }

    private void openApplication(String reference) {
        browser.clickLink(text("nav.applications"));
        browser.clickLink(reference);
        assertThat(browser.heading()).isEqualTo(text("applications.view.title", reference));
    }

    private void openCase(String reference) {
        browser.clickLink(text("nav.casework"));
        browser.clickLink(reference);
        assertThat(browser.heading()).isEqualTo(text("applications.case.title", reference));
    }

    /** The letter names the permit in a sentence; the number is what stands where the sentence has its argument. */
    private String permitNumberInTheLetter() {
        String[] around = text("applications.letter.permit", "\u0000").split("\u0000");
        WebElement sentence = browser.find(
                By.xpath("//main//p[starts-with(normalize-space(), " + Browser.xpathLiteral(around[0].strip()) + ")]"));
        String text = sentence.getText();
        return text.substring(around[0].length(), text.length() - around[1].length())
                .strip();
    }

    private static String senegal() {
        return new Locale("", "SN").getDisplayCountry(Language.ENGLISH.locale());
    }
}
