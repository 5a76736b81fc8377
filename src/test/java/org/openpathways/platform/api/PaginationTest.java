package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Lists answer a page with counts and Link headers; out-of-range paging parameters are validation problems. */
@IntegrationTest
class PaginationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final RequestPostProcessor caller =
            user(UUID.randomUUID().toString()).roles("ANALYST");
    private final String topic = UUID.randomUUID().toString();

    @BeforeEach
    void fortyFiveNotes() {
        jdbc.sql("""
                        insert into test_probe_note (topic, text, priority, version)
                        select :topic, 'note ' || n, 0, 1 from generate_series(1, 45) n
                        """).param("topic", topic).update();
    }

    @Test
    void aMiddlePageLinksToItsNeighboursAndKeepsTheOtherParameters() throws Exception {
        String links = mvc.perform(
                        get("/api/test/notes?topic={topic}&page=1", topic).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[0].text").value("note 21"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(45))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andReturn()
                .getResponse()
                .getHeader("Link");
        String base = "/api/test/notes?topic=" + topic;
        assertThat(links)
                .isEqualTo(
                        "<" + base + "&page=0&size=20>; rel=\"first\", <" + base + "&page=0&size=20>; rel=\"prev\", <"
                                + base + "&page=2&size=20>; rel=\"next\", <" + base + "&page=2&size=20>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() throws Exception {
        mvc.perform(get("/api/test/notes")
                        .param("topic", topic)
                        .param("size", "100")
                        .with(caller))
                .andExpect(jsonPath("$.items.length()").value(45))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(header().string(
                                "Link",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("rel=\"prev\""))))
                .andExpect(header().string(
                                "Link",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("rel=\"next\""))));
    }

    @Test
    void aPageBeyondTheLastIsEmpty() throws Exception {
        mvc.perform(get("/api/test/notes")
                        .param("topic", topic)
                        .param("page", "9")
                        .with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.totalItems").value(45));
    }

    @Test
    void pagingParametersOutOfRangeAreValidationProblems() throws Exception {
        mvc.perform(get("/api/test/notes").param("size", "101").with(caller))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("The page size must be between 1 and 100."));
        mvc.perform(get("/api/test/notes").param("size", "0").with(caller)).andExpect(problem(400, "invalid-request"));
        mvc.perform(get("/api/test/notes")
                        .param("page", "-1")
                        .header("Accept-Language", "fr")
                        .with(caller))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("Le numéro de page doit être 0 ou plus."));
        mvc.perform(get("/api/test/notes").param("page", "two").with(caller))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
