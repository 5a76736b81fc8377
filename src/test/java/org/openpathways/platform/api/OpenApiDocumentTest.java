package org.openpathways.platform.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public API description documents the conventions, and the docs page needs no inline script. */
@IntegrationTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDescriptionNamesTheApiItsLicenceAndTheProblemSchema() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("OpenPathways API"))
                .andExpect(jsonPath("$.info.version").value("1"))
                .andExpect(jsonPath("$.info.license.name").value("Apache-2.0"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.type.format")
                        .value("uri"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items['$ref']")
                        .value("#/components/schemas/FieldProblem"))
                .andExpect(jsonPath("$.components.responses.TooManyRequests.content['application/problem+json']"
                                + ".schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/test/notes'].get.responses['400']['$ref']")
                        .value("#/components/responses/BadRequest"));
    }

    @Test
    void idempotentOperationsDocumentTheKeyAndItsRefusals() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(jsonPath("$.components.parameters.IdempotencyKey.in").value("header"))
                .andExpect(
                        jsonPath("$.components.parameters.IdempotencyKey.name").value("Idempotency-Key"))
                .andExpect(jsonPath("$.components.parameters.IdempotencyKey.schema.maxLength")
                        .value(255))
                .andExpect(jsonPath("$.paths['/api/test/notes'].post.parameters[*]['$ref']")
                        .value(hasItem("#/components/parameters/IdempotencyKey")))
                .andExpect(jsonPath("$.paths['/api/test/notes'].post.responses['422']['$ref']")
                        .value("#/components/responses/Unprocessable"))
                .andExpect(jsonPath("$.paths['/api/test/notes'].post.responses['429']['$ref']")
                        .value("#/components/responses/TooManyRequests"));
    }

    @Test
    void conditionalAndPagedOperationsDocumentTheirParameters() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/test/notes/{id}'].put.parameters[*]['$ref']")
                        .value(hasItem("#/components/parameters/IfMatch")))
                .andExpect(jsonPath("$.paths['/api/test/notes/{id}'].put.responses['428']['$ref']")
                        .value("#/components/responses/PreconditionRequired"))
                .andExpect(jsonPath("$.paths['/api/test/notes'].get.parameters[*]['$ref']")
                        .value(hasItem("#/components/parameters/Size")))
                .andExpect(content().string(not(containsString("pageQuery"))))
                .andExpect(content().string(not(containsString("ifMatch"))));
    }

    @Test
    void theDocsPageLoadsItsScriptsFromFilesOnly() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(redirectedUrl("/api/swagger-ui/index.html"));
        mvc.perform(get("/api/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(content().string(containsString("<script src=\"./swagger-initializer.js\"")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/api/swagger-ui/swagger-initializer.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/openapi.json/swagger-config")));
        mvc.perform(get("/api/openapi.json/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/api/openapi.json"))
                .andExpect(jsonPath("$.layout").value("BaseLayout"));
    }
}
