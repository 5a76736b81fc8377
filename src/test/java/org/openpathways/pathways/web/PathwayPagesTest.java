package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class PathwayPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCatalogue demo;

    @BeforeEach
    void loadTheDemonstrationCatalogue() {
        demo.load();
    }

    @Test
    void theListShowsEveryPublishedPathwayWithItsDecisionTimeAndCost() throws Exception {
        Document page = page(mvc.perform(get("/pathways").param("lang", "en")).andExpect(status().isOk()));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main h2 a").eachText())
                .contains(
                        "Skilled work: one permit to live and work",
                        "Temporary protection for people fleeing the conflict");
        Element skilled = page.selectFirst("li:has(a[href=/pathways/skilled-work-single-permit])");
        assertThat(skilled.text())
                .contains("Work", "90 calendar days", "Application fee: €120.00", "Permit card: €30.00");
        Element protection = page.selectFirst("li:has(a[href=/pathways/temporary-protection])");
        assertThat(protection.text()).contains("5 working days", "Free");
        assertThat(page.select("input[type=checkbox][name=category]")).hasSize(7);
        assertThat(page.select("label[for=category-labour]").text()).isEqualTo("Work");
    }

    @Test
    void thePlainFormFiltersByCategory() throws Exception {
        Document page = page(mvc.perform(get("/pathways").param("category", "family", "study")));

        assertThat(page.select("main h2 a").eachAttr("href"))
                .containsExactly("/pathways/family-reunification", "/pathways/study");
        assertThat(page.select("#category-family").attr("checked")).isNotNull();
        assertThat(page.select("#category-family").hasAttr("checked")).isTrue();
        assertThat(page.select("#category-labour").hasAttr("checked")).isFalse();
        Element form = page.selectFirst("form:has(#category-family)");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/pathways");
        assertThat(form.select("button[type=submit]")).hasSize(1);
    }

    @Test
    void htmxGetsOnlyTheResultsAndThePageLoadsHtmxItself() throws Exception {
        Document whole = page(mvc.perform(get("/pathways")));
        assertThat(whole.select("script[src*=htmx.min.js]")).hasSize(1);
        assertThat(whole.select("form[hx-get=/pathways][hx-target=#pathway-results]"))
                .hasSize(1);

        String fragment = mvc.perform(
                        get("/pathways").param("category", "study").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).doesNotContain("<html", "<h1").contains("id=\"pathway-results\"", "/pathways/study");
    }

    @Test
    void anUnknownCategoryIsExplainedOnThePage() throws Exception {
        Document page = page(mvc.perform(get("/pathways").param("category", "<script>alert(1)</script>"))
                .andExpect(status().isBadRequest()));

        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#category-labour");
        assertThat(page.select(".govuk-error-summary").text()).contains("Choose only from the kinds in the list.");
        assertThat(page.html()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.select("#category-labour")).hasSize(1);
    }

    @Test
    void pagesPastTheFirstLinkBackAndBadPageNumbersAreExplained() throws Exception {
        Document second =
                page(mvc.perform(get("/pathways").param("category", "study").param("page", "2"))
                        .andExpect(status().isOk()));
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/pathways?category=study&page=1");

        Document bad =
                page(mvc.perform(get("/pathways").param("page", "1' or 1=1")).andExpect(status().isBadRequest()));
        assertThat(bad.select(".govuk-error-summary a").attr("href")).isEqualTo("#pathway-results");
        assertThat(bad.select(".govuk-error-summary").text()).contains("Choose a page number from 1 to 10000.");
    }

    @Test
    void aPathwayPageShowsEverythingAboutIt() throws Exception {
        Document page =
                page(mvc.perform(get("/pathways/skilled-work-single-permit").param("lang", "en"))
                        .andExpect(status().isOk()));

        assertThat(page.select("h1").text()).isEqualTo("Skilled work: one permit to live and work");
        assertThat(page.select("h2").eachText())
                .contains(
                        "Who can apply",
                        "Documents you need",
                        "What it costs",
                        "How long a decision takes",
                        "The permit you get");
        assertThat(page.select("h3").eachText())
                .contains("Who pays nothing", "Your rights and duties with this permit");
        assertThat(page.text())
                .contains(
                        "An employer here has offered you a job contract for at least 12 months.",
                        "A police certificate from each country where you lived in the last five years.",
                        "€120.00",
                        "We must decide within 90 calendar days after we receive your complete application.",
                        "extended by 30 calendar days at most",
                        "Single permit (residence and work)",
                        "2 years",
                        "Yes, only for the employer named on the permit",
                        "Yes, you can apply after 5 years of legal stay");
        assertThat(page.select(".govuk-summary-list")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("script[src*=htmx]")).isEmpty();
    }

    @Test
    void aPathwayWithAnApplicationWindowShowsItsDates() throws Exception {
        Document page =
                page(mvc.perform(get("/pathways/regularization-programme-2026").param("lang", "fr")));

        assertThat(page.select(".govuk-inset-text").text())
                .contains("Quand faire la demande", "1 septembre 2026", "31 août 2027");
    }

    @Test
    void theArabicPageIsRightToLeftAndInArabic() throws Exception {
        ResultActions arabic = mvc.perform(get("/pathways/temporary-protection").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ar"));
        Document page = page(arabic);

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("h1").text()).isEqualTo("الحماية المؤقتة للفارّين من النزاع");
        assertThat(page.select("h2").eachText()).contains("من يحق له التقديم", "الوثائق التي تحتاجها");
        assertThat(page.text()).contains("التقديم مجاني", "أيام عمل").doesNotContain("Who can apply");
    }

    @Test
    void everyPathwayPageIsCompleteInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Document list = page(
                    mvc.perform(get("/pathways").param("lang", language.code())).andExpect(status().isOk()));
            assertThat(list.html()).as("list in " + language.code()).doesNotContain("??");
            for (PathwayDefinition definition : DemoCatalogue.definitions()) {
                String where = definition.code() + " in " + language.code();
                Document page = page(
                        mvc.perform(get("/pathways/{code}", definition.code()).param("lang", language.code()))
                                .andExpect(status().isOk()));

                assertThat(page.html()).as(where).doesNotContain("??");
                assertThat(page.select("h1").text())
                        .as(where)
                        .isEqualTo(definition.text(language).title());
                assertThat(page.select("main li").eachText())
                        .as(where)
                        .containsAll(definition.text(language).documents());
                assertThat(page.selectFirst("html").attr("dir"))
                        .as(where)
                        .isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
                // The texts are written with the digits 0-9; formatted numbers must not switch to another set.
                assertThat(page.select("main").text()).as(where).doesNotContainPattern("[\\u0660-\\u0669]");
            }
        }
    }

    @Test
    void anUnknownPathwayGetsTheNotFoundPage() throws Exception {
        // The container renders the translated error page on the 404 (MockMvc does not run that error dispatch).
        var response = mvc.perform(get("/pathways/no-such-pathway").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        mvc.perform(get("/pathways/{code}", "<b>x").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());

        assertThat(response.getErrorMessage()).isNull();
        assertThat(response.getContentType()).isNull();
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
