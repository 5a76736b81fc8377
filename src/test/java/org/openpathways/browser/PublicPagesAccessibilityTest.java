package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page a visitor can open without an account, including error states the journeys pass quickly, checked by
 * axe-core left to right and right to left. French and Spanish share English's layout; their texts are checked by
 * TranslationsTest.
 */
class PublicPagesAccessibilityTest extends BrowserJourney {

    private static final List<String> PAGES = List.of(
            "/",
            "/pathways",
            "/pathways?category=nonsense",
            "/pathways/temporary-protection",
            "/eligibility",
            "/privacy",
            "/accessibility",
            "/register",
            "/register/check-email",
            "/register/confirm?token=unknown",
            "/login",
            "/login?error",
            "/login?signed-out",
            "/password-reset",
            "/password-reset/check-email",
            "/password-reset/new?token=unknown",
            "/demo/mailbox",
            "/no-such-page");

    @Autowired
    DemoCatalogue demoCatalogue;

    @BeforeEach
    void publishTheDemonstrationCatalogue() {
        demoCatalogue.load();
    }

    @Test
    void everyPublicPageIsAccessibleInBothDirections() {
        for (Language language : List.of(Language.ENGLISH, Language.ARABIC)) {
            browser.visit("/?lang=" + language.code());
            for (String page : PAGES) {
                browser.visit(page);
                assertThat(browser.find(By.tagName("html")).getDomAttribute("lang"))
                        .isEqualTo(language.code());
                assertThat(browser.findAll(By.tagName("h1"))).as(page).hasSize(1);
            }
        }
    }
}
