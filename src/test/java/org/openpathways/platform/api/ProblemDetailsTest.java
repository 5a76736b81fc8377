package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every error under /api/ is RFC 9457 problem details, translated, naming its type and giving nothing away. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTest {

    private static final String NOTES = "/api/test/notes";

    @Autowired
    MockMvc mvc;

    @Test
    void unknownApiPathsAreNotFoundInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").header("Accept-Language", "fr").with(applicant()))
                .andExpect(problem(404, "not-found"))
                .andExpect(jsonPath("$.title").value("Ressource introuvable"))
                .andExpect(jsonPath("$.detail").value("Il n’y a rien ici, ou vous n’y avez pas accès."))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/nothing-here")).andExpect(problem(401, "unauthenticated"));
    }

    @Test
    void callersWithoutTheRoleAreForbidden() throws Exception {
        mvc.perform(get("/api/test/admin/ping").with(applicant())).andExpect(problem(403, "forbidden"));
        mvc.perform(get("/api/test/admin/ping")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void changesFromABrowserSessionWithoutTheCsrfTokenAreForbidden() throws Exception {
        mvc.perform(post(NOTES)
                        .with(applicant())
                        .with(request -> {
                            // A browser's session cookie is the ambient authority a forged request would abuse.
                            request.setRequestedSessionId("browser-session");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"a\"}"))
                .andExpect(problem(403, "forbidden"));
    }

    @Test
    void methodsAnEndpointDoesNotHaveAreNotAllowedAndTheAllowedOnesAreListed() throws Exception {
        mvc.perform(delete("/api/openapi.json").with(applicant()).with(csrf()))
                .andExpect(problem(405, "method-not-allowed"))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void formatsAnEndpointCannotProduceAreNotAcceptable() throws Exception {
        mvc.perform(get(NOTES).with(applicant()).accept(MediaType.APPLICATION_XML))
                .andExpect(problem(406, "not-acceptable"));
    }

    @Test
    void bodiesOfATypeAnEndpointDoesNotReadAreUnsupported() throws Exception {
        mvc.perform(post(NOTES)
                        .with(applicant())
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("text=a"))
                .andExpect(problem(415, "unsupported-media-type"))
                .andExpect(header().string("Accept", containsString("application/json")));
    }

    @Test
    void invalidFieldsAreListedWithTranslatedMessages() throws Exception {
        mvc.perform(postNote("{\"text\":\"\",\"priority\":11}").header("Accept-Language", "es"))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.title").value("Algunos datos no son válidos"))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("text", "priority")))
                .andExpect(jsonPath("$.errors[?(@.field == 'text')].message", hasItem("no debe estar vacío")));
    }

    @Test
    void markupAndControlCharactersInTextAreRefused() throws Exception {
        mvc.perform(postNote("{\"text\":\"<script>alert(1)</script>\"}"))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Use plain text only, without markup or control characters."));
        mvc.perform(postNote("{\"text\":\"a\\u0000b\"}")).andExpect(problem(400, "invalid-request"));
    }

    @Test
    void fieldsTheEndpointDoesNotKnowAreNamed() throws Exception {
        mvc.perform(postNote("{\"text\":\"hello\",\"textt\":\"typo\"}"))
                .andExpect(problem(400, "unreadable-body"))
                .andExpect(jsonPath("$.errors[0].field").value("textt"))
                .andExpect(jsonPath("$.errors[0].message").value("This field is not recognised."));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreNamed() throws Exception {
        mvc.perform(postNote("{\"text\":\"hello\",\"priority\":{\"nested\":1}}"))
                .andExpect(problem(400, "unreadable-body"))
                .andExpect(jsonPath("$.errors[0].field").value("priority"))
                .andExpect(jsonPath("$.errors[0].message").value("This value has the wrong type."));
    }

    @Test
    void malformedJsonAndInvalidUtf8AreUnreadable() throws Exception {
        mvc.perform(postNote("{\"text\": \"unterminated")).andExpect(problem(400, "unreadable-body"));
        byte[] invalidUtf8 = "{\"text\":\"caf\u00e9 \"}".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post(NOTES)
                        .with(applicant())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invalidUtf8))
                .andExpect(problem(400, "unreadable-body"));
        mvc.perform(postNote("")).andExpect(problem(400, "unreadable-body"));
    }

    @Test
    void parametersOfTheWrongTypeMissingOrOutOfRangeAreNamed() throws Exception {
        mvc.perform(get(NOTES + "/not-a-number").with(applicant()))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("This value is not in the expected format."));
        mvc.perform(get(NOTES + "/search").with(applicant()))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("This value is required."));
        mvc.perform(get(NOTES + "/search")
                        .param("text", "ab")
                        .param("minimum", "0")
                        .with(applicant()))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("minimum"));
    }

    @Test
    void optimisticLockConflictsAndDuplicatesAreConflicts() throws Exception {
        mvc.perform(get("/api/test/failures/edit-conflict").with(applicant()))
                .andExpect(problem(409, "edit-conflict"))
                .andExpect(content().string(not(containsString("jane.doe"))));
        mvc.perform(get("/api/test/failures/duplicate").with(applicant())).andExpect(problem(409, "already-exists"));
    }

    @Test
    void valuesOnlyTheDatabaseRefusesAreStillTheCallersError(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/test/failures/unvalidated")
                        .param("label", "nul\u0000inside")
                        .with(applicant()))
                .andExpect(problem(400, "invalid-request"));
        assertThat(log.getAll()).contains("Request refused by the database rather than by validation");
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeTheyAreRead() throws Exception {
        String huge = "{\"text\":\"" + "a".repeat(1024 * 1024) + "\"}";
        mvc.perform(postNote(huge)).andExpect(problem(413, "content-too-large"));
    }

    @Test
    void refusalsByTheRulesAreUnprocessable() throws Exception {
        mvc.perform(get("/api/test/failures/refused").with(applicant()).header("Accept-Language", "ar"))
                .andExpect(problem(422, "unprocessable"))
                .andExpect(jsonPath("$.title").value("لا يمكن تنفيذ الطلب"));
    }

    @Test
    void failuresAreAGenericProblemAndTheLogHoldsNoPersonalData(CapturedOutput log) throws Exception {
        String body = mvc.perform(get("/api/test/failures/unexpected").with(applicant()))
                .andExpect(problem(500, "internal-error"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("jane.doe", "IllegalState", "Could not process");
        String incident = com.jayway.jsonpath.JsonPath.read(body, "$.incident");
        assertThat(log.getAll())
                .contains(incident)
                .contains("IllegalStateException")
                .doesNotContain("jane.doe");
    }

    @Test
    void errorsForwardedByTheContainerForApiPathsAreProblems() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/things")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(400, "bad-request"))
                .andExpect(jsonPath("$.title").value("La demande n’est pas valide"))
                .andExpect(jsonPath("$.instance").value("/api/v1/things"));
    }

    @Test
    void errorsForwardedForPagesStayTheTranslatedErrorPage() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/some/page")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Trop de tentatives")));
    }

    @Test
    void pageErrorsAreNotAnsweredAsProblems() throws Exception {
        mvc.perform(get("/assets/design-system-0000000000000000.css").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("problems/"))));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postNote(String json) {
        return post(NOTES)
                .with(applicant())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private static RequestPostProcessor applicant() {
        return user(UUID.randomUUID().toString()).roles("APPLICANT");
    }
}
