package org.openpathways.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayEditor;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.pathways.document.PathwayDocuments;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.shared.reference.ReferenceNumbers;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SimulationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PathwayCatalogue catalogue;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoCatalogue demo;

    @Test
    void aStricterDraftShowsWhoseOutcomeWouldChangeAndWhyInCountsOnlyAndChangesNothing() throws Exception {
        String code = "simulated-" + UUID.randomUUID().toString().substring(0, 8);
        demo.load();
        PathwayDefinition current = copy("seasonal-agricultural-work", code, 20);
        catalogue.save(current, PathwayEditor.system("test"));
        catalogue.publish(code, PathwayEditor.system("test"));
        catalogue.save(copy("seasonal-agricultural-work", code, 40), PathwayEditor.system("test"));
        for (int i = 0; i < 6; i++) {
            application(code, "FEMALE", "SN", 38);
        }
        application(code, "MALE", "MA", 38);
        for (int i = 0; i < 3; i++) {
            application(code, "MALE", "SN", 45);
        }
        long rows = jdbc.sql("select count(*) from applications_application")
                .query(Long.class)
                .single();

        mvc.perform(post("/api/v1/simulations")
                        .with(as(UUID.randomUUID(), "ANALYST"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pathway\": \"" + code + "\", \"version\": 2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judged").value(10))
                .andExpect(jsonPath("$.changed").value(7))
                .andExpect(jsonPath("$.transitions['MET→NOT_MET']").value(7))
                .andExpect(jsonPath("$.drivers[0].position").value("5"))
                .andExpect(jsonPath("$.drivers[0].failing").value(7))
                .andExpect(jsonPath("$.bySex.FEMALE").value(6))
                .andExpect(jsonPath("$.bySex.MALE").isEmpty())
                .andExpect(jsonPath("$.byNationality.SN").value(6))
                .andExpect(jsonPath("$.byNationality.MA").isEmpty());

        assertThat(jdbc.sql("select count(*) from applications_application")
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'applications.simulated'"
                                + " and record_id = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var page = Jsoup.parse(mvc.perform(get("/simulations")
                        .param("pathway", code)
                        .param("version", "2")
                        .param("lang", "fr")
                        .with(as(UUID.randomUUID(), "ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.text()).contains("10", "7");

        mvc.perform(post("/api/v1/simulations")
                        .with(as(UUID.randomUUID(), "CASEWORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pathway\": \"" + code + "\", \"version\": 2}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/simulations")
                        .with(as(UUID.randomUUID(), "ANALYST"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pathway\": \"" + code + "\", \"version\": 9}"))
                .andExpect(status().isNotFound());
    }

    /** The pathway under another code, with the minimum hours of work per week set to {@code hours}. */
    private PathwayDefinition copy(String from, String code, int hours) throws Exception {
        String json = new String(
                        PathwayDocuments.write(catalogue.latestDefinition(from).orElseThrow()), StandardCharsets.UTF_8)
                .replace("\"" + from + "\"", "\"" + code + "\"")
                .replaceAll("(\"job\\.hoursPerWeek\",\\s*\"atLeast\"\\s*:\\s*)20", "$1" + hours);
        assertThat(json).contains("\"" + code + "\"");
        return PathwayDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void application(String pathway, String sex, String nationality, int hours) {
        UUID id = UUID.randomUUID();
        String details = """
                {"applicant": {"fullName": "Test Person", "birthDate": "1990-05-01", "sex": "%s", "nationality": "%s"},
                 "job": {"hoursPerWeek": %d, "wage": 2000, "currency": "EUR", "contractMonths": 6,
                         "sector": "agriculture"},
                 "combinedWork": true}""".formatted(sex, nationality, hours);
        jdbc.sql("""
                        insert into applications_application (id, reference, applicant_id, pathway_code,
                            pathway_version, category, status, details, created_at, changed_at, submitted_at,
                            clock_start, decision_days, day_count, calendar, due_on, version)
                        values (:id, :reference, :applicant, :pathway, 1, 'labour', 'assessment', :details, now(),
                            now(), now(), current_date, 30, 'calendar', 'default', current_date + 30, 0)
                        """)
                .param("id", id)
                .param("reference", ReferenceNumbers.generate("A"))
                .param("applicant", UUID.randomUUID())
                .param("pathway", pathway)
                .param("details", encryption.encrypt(details, "applications_application.details"))
                .update();
        jdbc.sql("insert into applications_document (application_id, code, document_id) values (:id, 'passport', :d)")
                .param("id", id)
                .param("d", UUID.randomUUID())
                .update();
    }
}
