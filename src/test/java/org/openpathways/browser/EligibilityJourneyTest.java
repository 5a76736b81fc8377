package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone checks which ways fit them without an account: from the home page, question by question, a mistake put
 * right, questions they cannot answer skipped, to the results. Every page is checked with axe as it loads.
 */
class EligibilityJourneyTest extends BrowserJourney {

    @Autowired
    DemoCatalogue demoCatalogue;

    @BeforeEach
    void publishTheDemonstrationCatalogue() {
        demoCatalogue.load();
    }

    @Test
    void aVisitorAnswersSomeQuestionsSkipsTheOthersAndSeesTheResults() {
        browser.visit("/");
        browser.clickLink(text("pathways.eligibility.link"));
        assertThat(browser.path()).isEqualTo("/eligibility");
        browser.clickButton(text("pathways.eligibility.start"));
        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.question.person.birthDate"));

        browser.fillIn(text("pathways.eligibility.day"), "31");
        browser.fillIn(text("pathways.eligibility.month"), "2");
        browser.fillIn(text("pathways.eligibility.year"), "1995");
        browser.clickButton(text("pathways.eligibility.continue"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains(text("pathways.eligibility.error.date"));

        browser.fillIn(text("pathways.eligibility.day"), "12");
        browser.clickButton(text("pathways.eligibility.continue"));
        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.question.person.nationality"));

        new Select(browser.field(text("pathways.eligibility.choose"))).selectByValue("SN");
        browser.clickButton(text("pathways.eligibility.continue"));
        assertThat(browser.heading()).isNotEqualTo(text("pathways.eligibility.question.person.nationality"));

        int questions = 0;
        while (!browser.findAll(By.name("skip")).isEmpty() && questions++ < 30) {
            browser.clickButton(text("pathways.eligibility.skip"));
        }

        assertThat(browser.heading()).isEqualTo(text("pathways.eligibility.results.heading"));
        assertThat(browser.find(By.id("might-fit")).getText())
                .isEqualTo(text("pathways.eligibility.results.might-fit"));
        assertThat(browser.find(By.cssSelector(".govuk-summary-list")).getText())
                .contains(new java.util.Locale("", "SN").getDisplayCountry(Language.ENGLISH.locale()));
    }
}
