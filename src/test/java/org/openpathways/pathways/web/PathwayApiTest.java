package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.openpathways.pathways.PathwayFixtures.aPathway;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayEditor;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PathwayApiTest {

    private static final PathwayEditor EDITOR = PathwayEditor.system("test");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCatalogue demo;

    @Autowired
    PathwayCatalogue catalogue;

    @BeforeEach
    void loadTheDemonstrationCatalogue() {
        demo.load();
    }

    @Test
    void listsPublishedPathwaysToAnyone() throws Exception {
        mvc.perform(get("/api/v1/pathways"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(8)))
                .andExpect(jsonPath("$.items[*].code", hasItem("skilled-work-single-permit")))
                .andExpect(jsonPath("$.items[?(@.code == 'skilled-work-single-permit')].fees[0].amount")
                        .value(120.0))
                .andExpect(jsonPath("$.items[?(@.code == 'skilled-work-single-permit')].fees[0].currency")
                        .value("EUR"))
                .andExpect(jsonPath("$.items[?(@.code == 'skilled-work-single-permit')].decisionTime.days")
                        .value(90))
                .andExpect(jsonPath("$.items[?(@.code == 'temporary-protection')].decisionTime.dayCount")
                        .value("working"));
    }

    @Test
    void filtersByOneOrSeveralCategories() throws Exception {
        mvc.perform(get("/api/v1/pathways").param("category", "family"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].category", everyItem(is("family"))))
                .andExpect(jsonPath("$.items[*].code", hasItem("family-reunification")));
        mvc.perform(get("/api/v1/pathways").param("category", "study", "temporary-protection"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].code").value("study"))
                .andExpect(jsonPath("$.items[1].code").value("temporary-protection"));
    }

    @Test
    void pagesThroughTheCatalogue() throws Exception {
        mvc.perform(get("/api/v1/pathways").param("size", "3").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.totalPages", greaterThanOrEqualTo(3)));
        mvc.perform(get("/api/v1/pathways").param("size", "100").param("page", "10000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(8)));
    }

    @Test
    void unusableParametersAreRefusedWithProblemDetailsNamingEachOne() throws Exception {
        mvc.perform(get("/api/v1/pathways")
                        .param("size", "101")
                        .param("page", "0")
                        .param("category", "tourism")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/invalid-catalogue-query"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Certains paramètres ne peuvent pas être utilisés"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("size")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("page")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message")
                        .value("Choisissez un nombre de résultats par page entre 1 et 100."));
        for (String hostile : new String[] {"abc", "-5", "1;drop table pathways_pathway", "99999999999999999999"}) {
            mvc.perform(get("/api/v1/pathways").param("page", hostile))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
        }
    }

    @Test
    void readsOnePathwayInTheLanguageAsked() throws Exception {
        mvc.perform(get("/api/v1/pathways/family-reunification").header("Accept-Language", "ar,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ar"))
                .andExpect(jsonPath("$.language").value("ar"))
                .andExpect(jsonPath("$.code").value("family-reunification"))
                .andExpect(jsonPath("$.category").value("family"))
                .andExpect(jsonPath("$.title").value("الالتحاق بفرد من أسرتك يعيش هنا"))
                .andExpect(jsonPath("$.whoCanApply", hasSize(3)))
                .andExpect(jsonPath("$.documents", hasSize(5)))
                .andExpect(jsonPath("$.fees[0].name").value("رسوم الطلب"))
                .andExpect(jsonPath("$.fees[0].amount").value(80.0))
                .andExpect(jsonPath("$.feeWaivers", hasSize(2)))
                .andExpect(jsonPath("$.decisionTime.days").value(270))
                .andExpect(jsonPath("$.decisionTime.extensionDays").value(90))
                .andExpect(jsonPath("$.decisionTime.extension", startsWith("فقط")))
                .andExpect(jsonPath("$.permit.validityMonths").value(24))
                .andExpect(jsonPath("$.permit.rights.workAllowed").value(true))
                .andExpect(jsonPath("$.permit.rights.workTiedTo").value("none"))
                .andExpect(
                        jsonPath("$.permit.rights.longTermResidenceAfterMonths").value(60));
        mvc.perform(get("/api/v1/pathways/regularization-programme-2026")
                        .param("lang", "es")
                        .header("Accept-Language", "fr"))
                .andExpect(header().string("Content-Language", "es"))
                .andExpect(jsonPath("$.applicationWindow.opens").value("2026-09-01"))
                .andExpect(jsonPath("$.applicationWindow.closes").value("2027-08-31"));
    }

    @Test
    void anUnknownPathwayIsAProblemNotFound() throws Exception {
        for (String code : new String[] {"no-such-pathway", "DROP TABLE", "x".repeat(300), "<script>"}) {
            mvc.perform(get("/api/v1/pathways/{code}", code))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/pathway-not-found"))
                    .andExpect(jsonPath("$.title").value("This pathway does not exist"));
        }
        // Encoded traversal never reaches the catalogue: the security firewall refuses it first.
        mvc.perform(get("/api/v1/pathways/{code}", "..%2F..%2Fetc%2Fpasswd")).andExpect(status().isBadRequest());
    }

    @Test
    void responsesArePubliclyCacheableAndRevalidatedByETag() throws Exception {
        MvcResult first = mvc.perform(get("/api/v1/pathways/study").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andExpect(header().string("Vary", containsString("Accept-Language")))
                .andExpect(header().string("ETag", startsWith("\"")))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");

        mvc.perform(get("/api/v1/pathways/study").param("lang", "fr").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/api/v1/pathways/study").param("lang", "es").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", not(etag)));
        String listTag = mvc.perform(get("/api/v1/pathways").header("Accept-Language", "es"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/api/v1/pathways")
                        .header("Accept-Language", "es")
                        .header("If-None-Match", "\"other\", " + listTag))
                .andExpect(status().isNotModified());
    }

    @Test
    void aChangeThroughTheCatalogueGivesNewContentAndANewETag() throws Exception {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.save(aPathway(code, "before"), EDITOR);
        catalogue.publish(code, EDITOR);
        MvcResult before = mvc.perform(get("/api/v1/pathways/{code}", code))
                .andExpect(jsonPath("$.title").value("Test work before"))
                .andReturn();
        String listBefore =
                body(mvc.perform(get("/api/v1/pathways").param("size", "100")).andReturn());
        assertThat(listBefore).contains("Test work before");

        catalogue.save(aPathway(code, "after"), EDITOR);
        catalogue.publish(code, EDITOR);

        mvc.perform(get("/api/v1/pathways/{code}", code)
                        .header("If-None-Match", before.getResponse().getHeader("ETag")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Test work after"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(header().string("ETag", not(before.getResponse().getHeader("ETag"))));
        assertThat(body(mvc.perform(get("/api/v1/pathways").param("size", "100"))
                        .andReturn()))
                .contains("Test work after")
                .doesNotContain("Test work before");

        catalogue.retire(code, EDITOR);

        mvc.perform(get("/api/v1/pathways/{code}", code)).andExpect(status().isNotFound());
    }

    @Test
    void clientsThatAcceptGzipGetTheResponseCompressedOnce() throws Exception {
        MvcResult plain =
                mvc.perform(get("/api/v1/pathways").param("lang", "ar")).andReturn();
        MvcResult compressed = mvc.perform(
                        get("/api/v1/pathways").param("lang", "ar").header("Accept-Encoding", "gzip, br"))
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", containsString("Accept-Encoding")))
                .andReturn();

        byte[] unzipped;
        try (var gzip = new GZIPInputStream(
                new ByteArrayInputStream(compressed.getResponse().getContentAsByteArray()))) {
            unzipped = gzip.readAllBytes();
        }
        assertThat(unzipped).isEqualTo(plain.getResponse().getContentAsByteArray());
        assertThat(compressed.getResponse().getHeader("ETag"))
                .isNotEqualTo(plain.getResponse().getHeader("ETag"));
    }

    @Test
    void aCachedAnswerSkipsTheApplicationButCarriesTheSameHeaders() throws Exception {
        for (String path : new String[] {"/api/v1/pathways?category=study", "/api/v1/pathways/study"}) {
            MvcResult full = mvc.perform(get(path).header("Accept-Language", "fr"))
                    .andExpect(status().isOk())
                    .andReturn();
            MvcResult ready = mvc.perform(get(path).header("Accept-Language", "fr"))
                    .andExpect(status().isOk())
                    .andReturn();

            assertThat(full.getHandler())
                    .as("first answer built by the application")
                    .isNotNull();
            assertThat(ready.getHandler()).as("second answer sent ready").isNull();
            assertThat(headers(ready)).isEqualTo(headers(full));
            assertThat(headers(ready)).containsKeys("X-Content-Type-Options", "Content-Security-Policy");
            assertThat(ready.getResponse().getContentAsByteArray())
                    .isEqualTo(full.getResponse().getContentAsByteArray());
        }
    }

    @Test
    void onlyPlainCatalogueReadsAreAnsweredReady() throws Exception {
        mvc.perform(get("/api/v1/pathways/study")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/pathways")).andExpect(status().isOk());

        assertThat(mvc.perform(get("/api/v1/pathways").param("page", "0"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getHandler())
                .isNotNull();
        assertThat(mvc.perform(get("/api/v1/pathways/study;x=1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        // Changes go past the ready responses to security, which asks an anonymous caller to sign in.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/pathways/study"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/pathways"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/pathways/study/export")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionDocumentsBothEndpoints() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.summary").value("List the published pathways"))
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.parameters[*].name", hasItem("category")))
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.parameters[*].name", hasItem("page")))
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.parameters[*].name", hasItem("size")))
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.responses['304']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/pathways'].get.responses['400']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/pathways/{code}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/pathways/{code}'].get.responses['304']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Pathway").exists());
    }

    private static java.util.Map<String, java.util.List<String>> headers(MvcResult result) {
        var headers = new java.util.TreeMap<String, java.util.List<String>>();
        result.getResponse()
                .getHeaderNames()
                .forEach(name -> headers.put(name, result.getResponse().getHeaders(name)));
        return headers;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
