package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.StoredState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class EligibilityApiTest {

    private static final String SEASONAL = "seasonal-agricultural-work";
    private static final String QUALIFYING_ANSWERS = """
            "person.birthDate": "1995-04-12",
            "person.nationality": "SN",
            "job.sector": "agriculture",
            "job.contractMonths": 6,
            "job.hoursPerWeek": 38,
            "job.wage": {"amount": 1950.00, "currency": "EUR"},
            "documents.provided": ["passport"]""";

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
    void aSeasonalWorkerWhoQualifiesIsToldSoCriterionByCriterion() throws Exception {
        check("{\"answers\": {" + QUALIFYING_ANSWERS + "}, \"pathways\": [\"" + SEASONAL + "\"]}", "en")
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.pathways", hasSize(1)))
                .andExpect(jsonPath("$.pathways[0].code").value(SEASONAL))
                .andExpect(jsonPath("$.pathways[0].outcome").value("MET"))
                .andExpect(jsonPath("$.pathways[0].nextQuestion").doesNotExist())
                .andExpect(jsonPath("$.pathways[0].explanation.key").value("pathways.rules.allOf.met"))
                .andExpect(jsonPath("$.pathways[0].explanation.criteria[1].text", containsString("Senegal")))
                .andExpect(jsonPath("$.pathways[0].link").value("/api/v1/pathways/" + SEASONAL));
    }

    @Test
    void aWorkerFromOutsideTheAgreementIsToldWhyNotInTheirLanguage() throws Exception {
        String answers = QUALIFYING_ANSWERS.replace("\"SN\"", "\"FR\"");

        check("{\"answers\": {" + answers + "}, \"pathways\": [\"" + SEASONAL + "\"]}", "fr")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "fr"))
                .andExpect(jsonPath("$.pathways[0].outcome").value("NOT_MET"))
                .andExpect(jsonPath("$.pathways[0].explanation.criteria[1].outcome")
                        .value("NOT_MET"))
                .andExpect(jsonPath("$.pathways[0].explanation.criteria[1].key").value("pathways.rules.country.notMet"))
                .andExpect(jsonPath("$.pathways[0].explanation.criteria[1].text", containsString("France")))
                .andExpect(jsonPath("$.pathways[0].explanation.criteria[0].outcome")
                        .value("MET"));
    }

    @Test
    void whatIsNotKnownYetAsksTheNextQuestionInPlainWords() throws Exception {
        check("{\"answers\": {\"person.birthDate\": \"1995-04-12\"}}", "es")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pathways", hasSize(8)))
                .andExpect(jsonPath("$.pathways[?(@.code == '" + SEASONAL + "')].outcome")
                        .value("UNKNOWN"))
                .andExpect(jsonPath("$.pathways[?(@.code == '" + SEASONAL + "')].nextQuestion.fact")
                        .value("person.nationality"))
                .andExpect(jsonPath("$.pathways[?(@.code == '" + SEASONAL + "')].nextQuestion.question")
                        .value("¿Cuál es su nacionalidad?"))
                .andExpect(jsonPath("$.pathways[*].outcome", hasItem("UNKNOWN")));
    }

    @Test
    void malformedAnswersAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        Map<String, String> before = StoredState.of(jdbc, dataFolder);

        check("""
                        {"answers": {"person.birthDate": "12/04/1995", "person.favouriteColour": "blue",
                          "person.nationality": "<script>alert(1)</script>", "job.hoursPerWeek": "many",
                          "job.wage": {"amount": -5, "currency": "EUR"}},
                         "pathways": ["no-such-pathway"]}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.person.birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.person.favouriteColour")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.person.nationality")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.job.hoursPerWeek")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("answers.job.wage")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("pathways[0]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Give a date as YYYY-MM-DD.")));
        check("{\"answers\": {}, \"extra\": true}", "en").andExpect(status().isBadRequest());

        assertThat(StoredState.of(jdbc, dataFolder)).isEqualTo(before);
    }

    private ResultActions check(String body, String language) throws Exception {
        return mvc.perform(post(EligibilityApi.PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(body));
    }
}
