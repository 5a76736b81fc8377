package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.openpathways.pathways.YamlProgrammes.seasonalFarmWork;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PathwayAdministrationApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYamlProgrammeIsImportedAsADraftThatThePublicDoesNotSee() throws Exception {
        String code = unique("farm");

        importing(seasonalFarmWork(code), YAML)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/pathways/" + code))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.links.export").value("/api/v1/pathways/" + code + "/export"));

        mvc.perform(get("/api/v1/pathways/" + code)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/pathways/" + code).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].state").value("draft"));
    }

    @Test
    void theSameContentImportedAgainChangesNothing() throws Exception {
        String code = unique("again");
        importing(seasonalFarmWork(code), YAML).andExpect(status().isCreated());
        long versions = versions();

        importing(seasonalFarmWork(code), MediaType.parseMediaType("application/x-yaml"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.changed").value(false));

        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aPublishedPathwayIsInTheCatalogueUntilItIsRetired() throws Exception {
        String code = unique("json");
        String json = exported(code, MediaType.APPLICATION_JSON);
        importing(json.replace(code, code + "-2"), MediaType.APPLICATION_JSON).andExpect(status().isCreated());
        code = code + "-2";

        mvc.perform(post("/api/v1/pathways/" + code + "/publication")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"))
                .andExpect(jsonPath("$.changed").value(true));
        mvc.perform(get("/api/v1/pathways/" + code)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/pathways")).andExpect(jsonPath("$.items[*].code", hasItem(code)));

        mvc.perform(post("/api/v1/pathways/" + code + "/retirement")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("retired"))
                .andExpect(jsonPath("$.versions[0].state").value("retired"));
        mvc.perform(get("/api/v1/pathways/" + code)).andExpect(status().isNotFound());
    }

    @Test
    void aPublishedVersionIsNeverChangedAnImportMakesANewVersion() throws Exception {
        String code = unique("kept");
        importing(seasonalFarmWork(code), YAML).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/pathways/" + code + "/publication")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk());

        importing(
                        seasonalFarmWork(code)
                                .replace(
                                        "title: Seasonal farm work under a bilateral agreement",
                                        "title: Seasonal farm work, second edition"),
                        YAML)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("published"));

        mvc.perform(get("/api/v1/pathways/" + code))
                .andExpect(jsonPath("$.title").value("Seasonal farm work under a bilateral agreement"));
        mvc.perform(get("/api/v1/admin/pathways/" + code).with(admin()))
                .andExpect(jsonPath("$.versions[0].version").value(2))
                .andExpect(jsonPath("$.versions[0].state").value("draft"))
                .andExpect(jsonPath("$.versions[1].state").value("published"));
        // Other tests count the published pathways that have rules.
        mvc.perform(post("/api/v1/pathways/" + code + "/retirement")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void exportThenImportChangesNothingInJsonAndInYaml() throws Exception {
        String code = unique("trip");
        importing(seasonalFarmWork(code), YAML).andExpect(status().isCreated());
        long versions = versions();

        for (MediaType type : List.of(MediaType.APPLICATION_JSON, YAML)) {
            String extension = type.equals(YAML) ? "yaml" : "json";
            String document = mvc.perform(get("/api/v1/pathways/" + code + "/export")
                            .accept(type)
                            .with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", type.toString()))
                    .andExpect(header().string(
                                    "Content-Disposition",
                                    "attachment; filename=\"" + code + "-v1." + extension + "\""))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);

            importing(document, type)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.changed").value(false));
        }
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aVersionIsExportedByNumberAndAMissingOneIsNotFound() throws Exception {
        String code = unique("numbered");
        importing(seasonalFarmWork(code), YAML).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/pathways/" + code + "/export")
                        .param("version", "1")
                        .param("format", "yaml")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/yaml"));
        mvc.perform(get("/api/v1/pathways/" + code + "/export")
                        .param("version", "2")
                        .with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInvalidYamlDocumentIsRefusedWithEveryFieldAndLine() throws Exception {
        String yaml = seasonalFarmWork(unique("bad-yaml"))
                .replace("  days: 30", "  days: thirty")
                .replace("  amount: 75.0", "  amount: -5")
                .replace("    title: Travail agricole saisonnier dans le cadre d'un accord bilatéral\n", "")
                .replace("    - age:", "    - ages:")
                .replace("  renewable: false", "  renewable: false\n  colour: blue");
        long versions = versions();

        importing(yaml, MediaType.parseMediaType("text/yaml"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/invalid-pathway-definition"))
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionTime.days')].line")
                        .value(6))
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionTime.days')].column")
                        .value(9))
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionTime.days')].message")
                        .value("must be a number"))
                .andExpect(jsonPath("$.errors[?(@.field == 'fees[0].amount')].line")
                        .value(11))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'permit.colour')].line").value(16))
                .andExpect(jsonPath("$.errors[?(@.field == 'permit.colour')].message")
                        .value(org.hamcrest.Matchers.contains(
                                org.hamcrest.Matchers.startsWith("is not a known key here"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'eligibility.criteria.allOf[0].ages')].line")
                        .value(143));

        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aMissingTextIsNamedAndLocatedAtItsLanguage() throws Exception {
        String yaml = seasonalFarmWork(unique("no-title"))
                .replace("    title: Travail agricole saisonnier dans le cadre d'un accord bilatéral\n", "");

        importing(yaml, YAML)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("texts.fr.title"))
                .andExpect(jsonPath("$.errors[0].line").value(48))
                .andExpect(jsonPath("$.errors[0].message").value("is missing"));
    }

    @Test
    void anInvalidJsonDocumentIsRefusedWithEveryFieldAndLine() throws Exception {
        String code = unique("bad-json");
        String json = exported(code, MediaType.APPLICATION_JSON)
                .replace("\"renewable\" : false", "\"renewable\" : \"no\"")
                .replace("\"whoCanApply\"", "\"whoCanAply\"");
        long versions = versions();

        importing(json, MediaType.APPLICATION_JSON)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'permit.renewable')].line")
                        .value(lineOf(json, "\"renewable\" : \"no\"")))
                .andExpect(jsonPath("$.errors[?(@.field == 'permit.renewable')].message")
                        .value("must be true or false"))
                .andExpect(jsonPath("$.errors[?(@.field == 'texts.en.whoCanAply')].line")
                        .value(lineOf(json, "\"whoCanAply\"")));

        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aDocumentThatIsNotWellFormedIsRefusedAtItsLine() throws Exception {
        importing("code: x\ncategory: [labour\n", YAML)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").isNumber());
        importing("{\n\"code\": \"x\",\n}", MediaType.APPLICATION_JSON)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(3));
    }

    @Test
    void otherMediaTypesAndOversizedDocumentsAreRefused() throws Exception {
        long versions = versions();
        importing(seasonalFarmWork(unique("plain")), MediaType.TEXT_PLAIN).andExpect(status().isUnsupportedMediaType());
        importing("# " + "x".repeat(1_100_000) + "\n" + seasonalFarmWork(unique("big")), YAML)
                .andExpect(status().isContentTooLarge());
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void onlyAdministratorsAdministerPathways() throws Exception {
        long versions = versions();
        mvc.perform(post("/api/v1/pathways/import")
                        .contentType(YAML)
                        .content(seasonalFarmWork(unique("denied")))
                        .with(user("caseworker").roles("CASEWORKER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pathways/import")
                        .contentType(YAML)
                        .content(seasonalFarmWork(unique("anonymous")))
                        .with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/pathways").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(versions);
    }

    /** The programme imported under the code, exported as asked, for a test to alter. */
    private String exported(String code, MediaType as) throws Exception {
        importing(seasonalFarmWork(code), YAML).andExpect(status().isCreated());
        return mvc.perform(
                        get("/api/v1/pathways/" + code + "/export").accept(as).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions importing(String document, MediaType type) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/pathways/import")
                .contentType(type)
                .content(document.getBytes(StandardCharsets.UTF_8))
                .accept(MediaType.APPLICATION_JSON)
                .with(admin())
                .with(csrf());
        return mvc.perform(request);
    }

    private long versions() {
        return jdbc.sql("select count(*) from pathways_version")
                .query(Long.class)
                .single();
    }

    private static int lineOf(String document, String text) {
        int at = document.indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return (int) document.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
