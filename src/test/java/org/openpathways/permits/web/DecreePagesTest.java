package org.openpathways.permits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Organisations;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.permits.PermitFixtures;
import org.openpathways.permits.Permits;
import org.openpathways.permits.PermitsIntegrationTest;
import org.openpathways.permits.TestHolders;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PermitsIntegrationTest
class DecreePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Permits permits;

    @Autowired
    Organisations organisations;

    @Autowired
    PathwayCatalogue catalogue;

    private final UUID author = UUID.randomUUID();
    private final UUID executor = UUID.randomUUID();

    @BeforeEach
    void theTestPathwayIsPublished() {
        PermitFixtures.publishTheTestPathway(catalogue);
    }

    @Test
    void anEmptyFormIsRefusedWithAnErrorBesideEachFieldAndASummary() throws Exception {
        Document page = html(mvc.perform(post("/decrees")
                        .with(csrf())
                        .with(as(author))
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("expiringFrom", "2030-02-01")
                        .param("expiringTo", "2030-01-01")
                        .param("extensionMonths", "many"))
                .andExpect(status().isBadRequest()));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#title", "#legalBasis", "#permitTypes", "#expiringTo", "#extensionMonths");
        assertThat(page.select("#permitTypes-error").text()).contains("Enter at least one permit type");
        assertThat(page.select("#expiringTo-error").text()).contains("must not be before the first");
        assertThat(page.select("input#expiringFrom").attr("value")).isEqualTo("2030-02-01");
    }

    @Test
    void aSupervisorWritesTheDecreeAnotherSeesThePreviewAndExecutesIt() throws Exception {
        var holder = TestHolders.aHolder(organisations, Language.ENGLISH);
        LocalDate ends = LocalDate.of(2099, 6, 15);
        permits.issue(PermitFixtures.aPermitFor(holder.id(), ends.minusYears(1), ends));

        String location = mvc.perform(post("/decrees")
                        .with(csrf())
                        .with(as(author))
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Seasonal workers, summer 2099")
                        .param("legalBasis", "Decision 2099/1")
                        .param("permitTypes", PermitFixtures.PATHWAY)
                        .param("expiringFrom", "2099-06-01")
                        .param("expiringTo", "2099-06-30")
                        .param("nationalities", "uz, TJK")
                        .param("extensionMonths", "3"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/decrees/");

        Document own = html(page(location, author));
        assertThat(own.select("form[action$=/execution]")).isEmpty();
        assertThat(own.text()).contains("1 permits would be extended").contains("fewer than 5");

        Document other = html(page(location, executor));
        assertThat(other.select("form[action$=/execution] button").text()).isEqualTo("Execute the decree");
        assertThat(other.select(".govuk-warning-text").text()).contains("cannot be undone");

        String done = mvc.perform(post(location + "/execution").with(csrf()).with(as(executor)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document result = html(page(done, executor));
        assertThat(result.select(".govuk-notification-banner").text()).contains("1 permits were extended");
        assertThat(result.select("form[action$=/execution]")).isEmpty();

        Document list = html(page("/decrees", author));
        assertThat(list.select("table a").eachText()).contains("Seasonal workers, summer 2099");
    }

    @Test
    void aRefusedExecutionSaysWhyOnThePage() throws Exception {
        String location = mvc.perform(post("/decrees")
                        .with(csrf())
                        .with(as(author))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Nobody")
                        .param("legalBasis", "Decision 2098/1")
                        .param("permitTypes", PermitFixtures.PATHWAY)
                        .param("expiringFrom", "2098-01-01")
                        .param("expiringTo", "2098-01-02")
                        .param("newValidUntil", "2098-12-31"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document page = html(mvc.perform(post(location + "/execution")
                        .with(csrf())
                        .with(as(executor))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict()));

        assertThat(page.select(".govuk-error-summary").text()).contains("No permit matches this decree");
    }

    private ResultActions page(String path, UUID supervisor) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(as(supervisor)))
                .andExpect(status().isOk());
    }

    private static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static RequestPostProcessor as(UUID supervisor) {
        return user(supervisor.toString()).roles("SUPERVISOR");
    }
}
