package org.openpathways.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The accessibility check itself: a page with a serious fault must fail it, or the journeys prove nothing. */
class AccessibilityCheckTest extends BrowserJourney {

    @Test
    void anImageWithoutAlternativeTextFailsTheCheck() {
        browser.visit("/");
        browser.script("const image = document.createElement('img');"
                + "image.src = '/images/favicon.svg';"
                + "image.id = 'unlabelled';"
                + "document.querySelector('main').append(image);");
        assertThatThrownBy(browser::checkAccessibility)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("#unlabelled")
                .hasMessageContaining(browser.origin() + "/");
    }
}
