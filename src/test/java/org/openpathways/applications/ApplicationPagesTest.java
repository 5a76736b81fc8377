package org.openpathways.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ApplicationPagesTest {

    private static final String STUDY = "study";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCatalogue demo;

    @Autowired
    Accounts accounts;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    private UUID applicant;

    @BeforeEach
    void anApplicantAndTheCatalogue() {
        demo.load();
        applicant = TestApplicants.register(accounts, encryption, jdbc, TestApplicants.email(), Language.ENGLISH);
    }

    @Test
    void anApplicantStartsFromThePathwayPageAndSeesWhatIsMissingNextToEachField() throws Exception {
        Document pathway = page(mvc.perform(get("/pathways/{code}", STUDY)).andExpect(status().isOk()));
        assertThat(pathway.select("a.govuk-button--start").attr("href")).isEqualTo("/applications/new?pathway=study");

        Document start = page(
                mvc.perform(get("/applications/new").param("pathway", STUDY).with(as(applicant)))
                        .andExpect(status().isOk()));
        assertThat(start.select("h1")).hasSize(1);
        String location = mvc.perform(post("/applications")
                        .param("pathway", STUDY)
                        .with(as(applicant))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/applications/A-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/edit");
        String reference = location.split("/")[2];

        Document form = page(mvc.perform(get(location).with(as(applicant))).andExpect(status().isOk()));
        assertThat(form.select("label[for=applicant.fullName]")).hasSize(1);
        assertThat(form.select("select#applicant\\.nationality option")).hasSizeGreaterThan(200);
        assertThat(form.select("select#documents\\.passport")).hasSize(1);

        Document refused = page(mvc.perform(post(location)
                        .with(as(applicant))
                        .with(csrf())
                        .param("applicant.fullName", "Li Na")
                        .param("applicant.birthDate", "not a date")
                        .param("action", "submit"))
                .andExpect(status().isOk()));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).contains("#applicant.birthDate");
        assertThat(refused.select("#applicant\\.fullName").attr("value")).isEqualTo("Li Na");

        Document incomplete = page(mvc.perform(post(location)
                        .with(as(applicant))
                        .with(csrf())
                        .param("applicant.fullName", "Li Na")
                        .param("action", "submit"))
                .andExpect(status().isOk()));
        assertThat(incomplete.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#applicant.birthDate", "#applicant.nationality", "#documents.passport");

        Document saved = page(mvc.perform(get("/applications/{r}", reference).with(as(applicant)))
                .andExpect(status().isOk()));
        assertThat(saved.select("h1").text()).contains(reference);
        assertThat(saved.text()).contains("Not sent yet");

        Document list =
                page(mvc.perform(get("/applications").with(as(applicant))).andExpect(status().isOk()));
        assertThat(list.select("table a").text()).contains(reference);
        page(mvc.perform(get("/applications/{r}", reference).with(as(UUID.randomUUID())))
                .andExpect(status().isNotFound()));
    }

    @Test
    void theQueueShowsPendingCasesToCaseworkersInArabicRightToLeft() throws Exception {
        Document queue =
                page(mvc.perform(get("/casework").param("lang", "ar").with(as(UUID.randomUUID(), "CASEWORKER")))
                        .andExpect(status().isOk()));
        assertThat(queue.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(queue.select("h1")).hasSize(1);
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
