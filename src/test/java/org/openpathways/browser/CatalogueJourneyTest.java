package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Someone looks for a way to join their family: the catalogue, its filter, and one pathway's page. */
class CatalogueJourneyTest extends BrowserJourney {

    @Autowired
    DemoCatalogue demoCatalogue;

    @BeforeEach
    void publishTheDemonstrationCatalogue() {
        demoCatalogue.load();
    }

    @Test
    void aVisitorFiltersTheCatalogueByCategoryAndReadsAPathway() {
        browser.visit("/");
        browser.clickLink(text("home.start"));
        assertThat(browser.path()).isEqualTo("/pathways");
        assertThat(browser.heading()).isEqualTo(text("pathways.list.heading"));
        assertThat(categoriesShown()).contains(text("pathways.category.labour"), text("pathways.category.family"));

        browser.check(text("pathways.category.family"));
        // With scripts on, htmx replaces only the results and puts the form's GET address in the address bar.
        WebElement results = browser.find(By.id("pathway-results"));
        browser.button(text("pathways.filter.submit")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(results));
        browser.waiting().until(ExpectedConditions.urlContains("/pathways?category=family"));
        browser.checkAccessibility();
        assertThat(categoriesShown()).isNotEmpty().containsOnly(text("pathways.category.family"));

        browser.visit("/pathways?category=family");
        assertThat(categoriesShown()).isNotEmpty().containsOnly(text("pathways.category.family"));
        assertThat(browser.field(text("pathways.category.family")).isSelected()).isTrue();

        WebElement first = browser.find(By.cssSelector("#pathway-results h2 a"));
        String title = first.getText();
        browser.navigate(first::click);
        assertThat(browser.path()).startsWith("/pathways/");
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.findAll(By.cssSelector("main h2")).stream().map(WebElement::getText))
                .contains(
                        text("pathways.who.heading"),
                        text("pathways.documents.heading"),
                        text("pathways.fees.heading"),
                        text("pathways.decision.heading"),
                        text("pathways.permit.heading"));
    }

    private List<String> categoriesShown() {
        return browser.findAll(By.cssSelector("#pathway-results li > .govuk-caption-m")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
