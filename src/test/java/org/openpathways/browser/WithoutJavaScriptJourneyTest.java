package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages work with JavaScript turned off: a second Chromium whose content settings block page scripts. The same
 * steps also run in the class's ordinary browser, so each page state is also checked with scripts on.
 */
class WithoutJavaScriptJourneyTest extends BrowserJourney {

    private static final Locale FRENCH = Language.FRENCH.locale();

    @Autowired
    DemoCatalogue demoCatalogue;

    Browser withoutScripts;

    @BeforeAll
    void openABrowserWithoutJavaScript() {
        withoutScripts = Browser.withoutJavaScript();
        withoutScripts.at(browser.origin());
    }

    @AfterAll
    void closeTheBrowserWithoutJavaScript() {
        if (withoutScripts != null) {
            withoutScripts.quit();
        }
    }

    @BeforeEach
    void startAsANewVisitorWithoutScripts() {
        withoutScripts.forgetEverything();
    }

    @Test
    void scriptsReallyAreOff() {
        withoutScripts.visit("/");
        assertThat(withoutScripts.find(By.tagName("body")).getDomAttribute("class"))
                .doesNotContain("js-enabled");
        browser.visit("/");
        assertThat(browser.find(By.tagName("body")).getDomAttribute("class")).contains("js-enabled");
    }

    @Test
    void aMistakeInTheRegistrationFormIsExplainedInFrenchAndCorrected() {
        registerWithAShortPasswordThenCorrectIt(withoutScripts, uniqueAddress("sans.script", "example.org"));
        registerWithAShortPasswordThenCorrectIt(browser, uniqueAddress("avec.script", "example.org"));
    }

    @Test
    void theCatalogueFilterIsAnOrdinaryForm() {
        demoCatalogue.load();
        withoutScripts.visit("/pathways");
        withoutScripts.check(text("pathways.category.study"));
        withoutScripts.clickButton(text("pathways.filter.submit"));
        assertThat(withoutScripts.url()).endsWith("/pathways?category=study");
        assertThat(withoutScripts.findAll(By.cssSelector("#pathway-results li > .govuk-caption-m")).stream()
                        .map(WebElement::getText))
                .isNotEmpty()
                .containsOnly(text("pathways.category.study"));
    }

    private void registerWithAShortPasswordThenCorrectIt(Browser person, String address) {
        person.visit("/register");
        person.clickLink(Language.FRENCH.autonym());
        assertThat(person.heading()).isEqualTo(text(FRENCH, "accounts.register.heading"));
        person.fillIn(text(FRENCH, "accounts.field.display-name"), "Awa Diop");
        person.fillIn(text(FRENCH, "accounts.field.email"), address);
        person.fillIn(text(FRENCH, "accounts.field.new-password"), "court");
        person.clickButton(text(FRENCH, "accounts.register.button"));

        assertThat(person.path()).isEqualTo("/register");
        WebElement summary = person.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.tagName("h2")).getText())
                .isEqualTo(text(FRENCH, "common.error-summary.title"));
        WebElement problem = summary.findElement(By.cssSelector("li a"));
        assertThat(problem.getText()).isEqualTo(text(FRENCH, "problem.password-too-short.detail"));
        assertThat(problem.getDomAttribute("href")).endsWith("#password");
        problem.click();
        if (person.javascript()) {
            // The design system's script moves the focus to the field instead of following the link.
            person.waiting()
                    .until(driver ->
                            "password".equals(driver.switchTo().activeElement().getDomAttribute("id")));
        } else {
            person.waiting().until(ExpectedConditions.urlMatches("/register#password$"));
        }
        WebElement password = person.field(text(FRENCH, "accounts.field.new-password"));
        assertThat(password.getDomAttribute("id")).isEqualTo("password");
        assertThat(person.find(By.id("password-error")).getText())
                .contains(text(FRENCH, "problem.password-too-short.detail"));
        assertThat(person.field(text(FRENCH, "accounts.field.email")).getDomProperty("value"))
                .as("what was typed is kept")
                .isEqualTo(address);

        person.fillIn(text(FRENCH, "accounts.field.new-password"), "baobab soleil 31 marché");
        person.clickButton(text(FRENCH, "accounts.register.button"));
        assertThat(person.path()).isEqualTo("/register/check-email");
        assertThat(person.heading()).isEqualTo(text(FRENCH, "accounts.check-email.heading"));
    }
}
