package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpathways.platform.i18n.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A first visit: the start page, the skip link, and the whole site in Arabic, right to left, and back. */
class NewcomerJourneyTest extends BrowserJourney {

    private static final Locale ARABIC = Language.ARABIC.locale();

    @Test
    void aNewcomerSkipsToTheContentReadsTheStartPageInArabicAndSwitchesBack() {
        browser.visit("/");
        assertThat(browser.findAll(By.tagName("h1"))).hasSize(1);
        assertThat(browser.heading()).isEqualTo(text("home.heading"));
        assertWrittenIn("en", "ltr");
        assertThat(startButtonIsOnTheRight()).isFalse();

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skipLink = browser.driver().switchTo().activeElement();
        assertThat(skipLink.getText()).isEqualTo(text("layout.skip-to-content"));
        assertThat(skipLink.getDomAttribute("href")).endsWith("#main-content");
        skipLink.sendKeys(Keys.ENTER);
        browser.waiting()
                .until(driver ->
                        "main-content".equals(driver.switchTo().activeElement().getDomAttribute("id")));

        browser.clickLink(Language.ARABIC.autonym());
        assertThat(browser.heading()).isEqualTo(text(ARABIC, "home.heading"));
        assertWrittenIn("ar", "rtl");
        assertThat(startButtonIsOnTheRight()).isTrue();

        browser.visit("/pathways");
        assertThat(browser.heading()).as("the choice is kept").isEqualTo(text(ARABIC, "pathways.list.heading"));
        assertWrittenIn("ar", "rtl");

        browser.clickLink(Language.ENGLISH.autonym());
        assertThat(browser.heading()).isEqualTo(text("pathways.list.heading"));
        assertWrittenIn("en", "ltr");
        browser.visit("/");
        assertThat(startButtonIsOnTheRight()).isFalse();
    }

    private void assertWrittenIn(String language, String direction) {
        WebElement html = browser.find(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo(language);
        assertThat(html.getDomAttribute("dir")).isEqualTo(direction);
        assertThat(browser.find(By.tagName("main")).getCssValue("direction")).isEqualTo(direction);
    }

    /** The start button sits at the start of its line: on the left in English, on the right in Arabic. */
    private boolean startButtonIsOnTheRight() {
        WebElement start = browser.find(By.cssSelector("main .govuk-button--start"));
        long viewport = (Long) browser.script("return document.documentElement.clientWidth");
        var box = start.getRect();
        assertThat(box.getWidth()).isLessThan((int) viewport / 2);
        return box.getX() + box.getWidth() / 2 > viewport / 2;
    }
}
