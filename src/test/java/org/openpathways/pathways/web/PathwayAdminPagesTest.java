package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openpathways.pathways.YamlProgrammes.seasonalFarmWork;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PathwayAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadedYamlFileBecomesADraftThatCanBePublishedAndRetired() throws Exception {
        String code = "page-farm-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(multipart("/admin/pathways/import")
                        .file(new MockMultipartFile(
                                "file",
                                "programme.yaml",
                                "application/yaml",
                                seasonalFarmWork(code).getBytes(StandardCharsets.UTF_8)))
                        .param("format", "json")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/pathways/" + code))
                .andExpect(flash().attributeExists("imported"));

        Document page = page("/admin/pathways/" + code);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Seasonal farm work under a bilateral agreement");
        assertThat(page.select("table tbody tr").text()).contains("Draft");
        assertThat(page.select("a[href*=/export]").eachAttr("href"))
                .contains(
                        "/api/v1/pathways/" + code + "/export?version=1&format=json",
                        "/api/v1/pathways/" + code + "/export?version=1&format=yaml");
        assertThat(page.select("form[action$=/publication] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("form[action$=/retirement]")).isEmpty();

        mvc.perform(post("/admin/pathways/" + code + "/publication")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/pathways/" + code));
        mvc.perform(get("/pathways/" + code)).andExpect(status().isOk());
        assertThat(page("/admin/pathways").select("a[href=/admin/pathways/" + code + "]"))
                .hasSize(1);

        mvc.perform(post("/admin/pathways/" + code + "/retirement")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/pathways/" + code));
        mvc.perform(get("/pathways/" + code)).andExpect(status().isNotFound());
        assertThat(page("/admin/pathways/" + code).select("table tbody tr").text())
                .contains("Retired");
    }

    @Test
    void aPastedDocumentWithProblemsShowsEachWithItsFieldAndLineAndSavesNothing() throws Exception {
        String yaml = seasonalFarmWork("page-bad").replace("  days: 30", "  days: thirty");
        long versions = versions();

        String html = mvc.perform(post("/admin/pathways/import")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("format", "yaml")
                        .param("document", yaml)
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary a").eachText())
                .contains("decisionTime.days, line 6, column 9: must be a number");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#document");
        assertThat(page.select("textarea#document").text()).contains("days: thirty");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void nothingChosenIsAnErrorOnTheDocument() throws Exception {
        mvc.perform(post("/admin/pathways/import")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("document", " ")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a file or paste a document.")));
    }

    @Test
    void theImportPageIsInEveryLanguageAndOnlyForAdministrators() throws Exception {
        mvc.perform(get("/admin/pathways/import").param("lang", "fr").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importer une définition de parcours")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/pathways").with(user("caseworker").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/pathways")).andExpect(redirectedUrl("/login"));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private long versions() {
        return jdbc.sql("select count(*) from pathways_version")
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
