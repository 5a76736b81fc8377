package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.StoredState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class EligibilityPagesTest {

    /** A seasonal farm worker from Senegal, by question; {@code skip} means "I do not know". */
    private static final Map<String, Map<String, String>> SEASONAL_WORKER = Map.ofEntries(
            Map.entry("person.birthDate", Map.of("day", "12", "month", "4", "year", "1995")),
            Map.entry("person.nationality", Map.of("choice", "SN")),
            Map.entry("person.countryOfResidence", Map.of("choice", "SN")),
            Map.entry("job.sector", Map.of("choice", "agriculture")),
            Map.entry("job.contractMonths", Map.of("number", "6")),
            Map.entry("job.hoursPerWeek", Map.of("number", "38")),
            Map.entry("job.wage", Map.of("amount", "1950", "currency", "EUR")),
            Map.entry("documents.provided", Map.of("documents", "passport")),
            Map.entry("job.occupation", Map.of("text", "6111")),
            Map.entry("experience.months", Map.of("number", "24")),
            Map.entry("family.partner", Map.of("choice", "no")),
            Map.entry("family.children[].birthDate", Map.of("dates", "")),
            Map.entry("person.area", Map.of("choice", "ZZ")),
            Map.entry("person.leftAreaOn", Map.of("skip", "person.leftAreaOn")),
            Map.entry("residence.since", Map.of("day", "1", "month", "3", "year", "2026")));

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCatalogue demo;

    @Autowired
    JdbcClient jdbc;

    @Value("${openpathways.data-dir}")
    Path dataFolder;

    @BeforeEach
    void loadTheDemonstrationCatalogue() {
        demo.load();
    }

    @Test
    void theStartPageIsOpenToAnyoneAndLinkedFromHomeAndCatalogue() throws Exception {
        Document start = page(mvc.perform(get("/eligibility").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(start.select("h1")).hasSize(1);
        assertThat(start.select("h1").text()).isEqualTo("Check which ways fit you");
        assertThat(start.select("form[action=/eligibility] input[name=_csrf]")).hasSize(1);

        for (String address : List.of("/", "/pathways")) {
            String html =
                    mvc.perform(get(address)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page(html).select("a[href=/eligibility]")).as(address).isNotEmpty();
        }
    }

    @Test
    void aSeasonalWorkerAnswersQuestionByQuestionInFrenchAndSeesWhatFitsAndWhyNot() throws Exception {
        Map<String, String> before = StoredState.of(jdbc, dataFolder);
        Document page = post(Map.of(), "fr");
        List<String> asked = new ArrayList<>();
        while (!page.select("input[name=fact]").isEmpty() && asked.size() < 30) {
            assertThat(page.select("h1")).hasSize(1);
            String fact = page.select("input[name=fact]").val();
            asked.add(fact);
            Map<String, String> answer = SEASONAL_WORKER.get(fact);
            assertThat(answer).as("an answer to " + fact).isNotNull();
            page = post(questionForm(page, answer), "fr");
        }

        assertThat(asked).startsWith("person.birthDate", "person.nationality").doesNotHaveDuplicates();
        assertThat(page.select("h1").text()).isEqualTo("Vos résultats");
        assertThat(page.select("h2#fit + ul a").eachAttr("href")).contains("/pathways/seasonal-agricultural-work");
        assertThat(page.select("h2#fit + ul").text()).contains("Travail agricole saisonnier dans le cadre");
        Element notFit = page.select("h2#not-fit").first();
        assertThat(notFit).isNotNull();
        assertThat(page.select("a[href=/pathways/skilled-work-single-permit]")).isNotEmpty();
        assertThat(page.text()).contains("lettre d'admission d'une université ou d'une école");
        assertThat(page.select("h2#might-fit")).isNotEmpty();
        // Nothing of the answers was kept.
        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    @Test
    void aWrongDateIsExplainedInTheVisitorsLanguageAndKeptForCorrection() throws Exception {
        Document page = post(Map.of("fact", "person.birthDate", "day", "31", "month", "2", "year", "1990"), "fr", 400);

        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#answer-day");
        assertThat(page.select(".govuk-error-summary").text()).contains("Saisissez une date réelle");
        assertThat(page.select("#answer-error").text()).contains("Saisissez une date réelle");
        assertThat(page.select("#answer-day").val()).isEqualTo("31");
        assertThat(page.select("input[name=fact]").val()).isEqualTo("person.birthDate");
    }

    @Test
    void anAnswerCanBeChangedAndHiddenAnswersThatWereTamperedWithAreAskedAgain() throws Exception {
        Document changing = post(
                Map.of(
                        "a.person.birthDate",
                        "1995-04-12",
                        "a.person.nationality",
                        "SN",
                        "change",
                        "person.nationality"),
                "en");
        assertThat(changing.select("input[name=fact]").val()).isEqualTo("person.nationality");
        assertThat(changing.select("#answer option[selected]").val()).isEqualTo("SN");
        assertThat(changing.select("input[name=a.person.birthDate]").val()).isEqualTo("1995-04-12");
        assertThat(changing.select("input[name=a.person.nationality]")).isEmpty();

        Document tampered = post(Map.of("a.person.birthDate", "<script>alert(1)</script>"), "en");
        assertThat(tampered.select("input[name=fact]").val()).isEqualTo("person.birthDate");
        assertThat(tampered.html()).doesNotContain("<script>alert(1)</script>");
    }

    /** The fields the question's form would send: its hidden answers and the given answer. */
    private static Map<String, String> questionForm(Document page, Map<String, String> answer) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Element form = page.select("input[name=fact]").first().closest("form");
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.remove("_csrf");
        fields.putAll(answer);
        return fields;
    }

    private Document post(Map<String, String> fields, String language) throws Exception {
        return post(fields, language, 200);
    }

    private Document post(Map<String, String> fields, String language, int status) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post("/eligibility").with(csrf()).header("Accept-Language", language);
        fields.forEach((name, value) -> {
            if (name.equals("documents")) {
                request.param(name, value.split(","));
            } else {
                request.param(name, value);
            }
        });
        return page(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
