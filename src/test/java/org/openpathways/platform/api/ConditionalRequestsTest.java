package org.openpathways.platform.api;

import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Versioned records answer their version as ETag, revalidate with 304, and change only with a current If-Match. */
@IntegrationTest
class ConditionalRequestsTest {

    @Autowired
    MockMvc mvc;

    private final RequestPostProcessor caller =
            user(UUID.randomUUID().toString()).roles("CASEWORKER");
    private String note;

    @BeforeEach
    void createNote() throws Exception {
        note = mvc.perform(post("/api/test/notes")
                        .with(caller)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"draft\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andReturn()
                .getResponse()
                .getHeader("Location");
    }

    @Test
    void readsCarryTheVersionAndRevalidateWithNotModified() throws Exception {
        mvc.perform(get(note).with(caller)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(note).with(caller).header("If-None-Match", "\"1\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(content().string(""));
        mvc.perform(get(note).with(caller).header("If-None-Match", "W/\"1\"")).andExpect(status().isNotModified());
        mvc.perform(get(note).with(caller).header("If-None-Match", "\"0\", \"7\""))
                .andExpect(status().isOk());
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired() throws Exception {
        mvc.perform(update(null, "edited")).andExpect(problem(428, "precondition-required"));
        mvc.perform(get(note).with(caller)).andExpect(jsonPath("$.text").value("draft"));
    }

    @Test
    void aChangeToAStaleVersionIsRefusedAsPreconditionFailed() throws Exception {
        mvc.perform(update("\"1\"", "first edit"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(update("\"1\"", "lost update")).andExpect(problem(412, "precondition-failed"));
        mvc.perform(update("W/\"2\"", "weak tags never match")).andExpect(problem(412, "precondition-failed"));
        mvc.perform(update("garbage", "malformed")).andExpect(problem(412, "precondition-failed"));
        mvc.perform(get(note).with(caller)).andExpect(jsonPath("$.text").value("first edit"));
    }

    @Test
    void anyOfSeveralTagsOrTheWildcardMatches() throws Exception {
        mvc.perform(update("\"9\", \"1\"", "listed")).andExpect(status().isOk());
        mvc.perform(update("*", "wildcard")).andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void endpointsMayMakeIfMatchOptional() throws Exception {
        mvc.perform(delete(note).with(caller).with(csrf()).header("If-Match", "\"5\""))
                .andExpect(problem(412, "precondition-failed"));
        mvc.perform(delete(note).with(caller).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(note).with(caller)).andExpect(problem(404, "not-found"));
    }

    private MockHttpServletRequestBuilder update(String ifMatch, String text) {
        MockHttpServletRequestBuilder request = put(note)
                .with(caller)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }
}
