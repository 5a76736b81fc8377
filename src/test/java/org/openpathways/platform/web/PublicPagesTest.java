package org.openpathways.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageExplainsTheServiceInTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\" dir=\"ltr\"")))
                .andExpect(content().string(containsString("Formas de venir y quedarse")));
    }

    @Test
    void arabicPagesAreRightToLeftAndUseTheMirroredStylesheet() throws Exception {
        String ltr = mvc.perform(get("/").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\"")))
                .andExpect(header().string("Content-Language", "ar"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(stylesheetOf(ltr)))));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void unknownPagesGetTheTranslatedNotFoundPage() throws Exception {
        mvc.perform(get("/no-such-page")
                        .param("lang", "fr")
                        .accept(MediaType.TEXT_HTML)
                        .with(user("someone")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreAskedToSignIn() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theDesignSystemIsServedWithoutGovUkTypefaceOrCrest() throws Exception {
        for (String language : new String[] {"en", "ar"}) {
            String page = mvc.perform(get("/").param("lang", language))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            mvc.perform(get(stylesheetOf(page)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(".govuk-footer")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("GDS Transport"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("govuk-crest"))));
        }
    }

    private static String stylesheetOf(String html) {
        int start = html.indexOf("/assets/design-system-");
        return html.substring(start, html.indexOf('"', start));
    }
}
