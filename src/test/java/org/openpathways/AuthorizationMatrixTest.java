package org.openpathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openpathways.testing.AuthorizationMatrix;
import org.openpathways.testing.AuthorizationMatrix.Row;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.MappedEndpoints;
import org.openpathways.testing.MappedEndpoints.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix ({@code src/test/resources/authorization-matrix.csv}): every row is requested as its role
 * and must get its status; and every page and API endpoint the application maps must have a row, so that no endpoint
 * is added without deciding who may use it.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheStatusTheMatrixSays() {
        return AuthorizationMatrix.rows().stream()
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
                    int status =
                            mvc.perform(request(row)).andReturn().getResponse().getStatus();
                    assertThat(status).as(row.toString()).isEqualTo(row.expectedStatus());
                }));
    }

    @Test
    void everyMappedEndpointHasARow() {
        List<Row> rows = AuthorizationMatrix.rows();
        List<Endpoint> mapped = MappedEndpoints.of(mappings);
        assertThat(mapped).extracting(Endpoint::toString).contains("GET /", "GET /api/openapi.json");
        List<Endpoint> missing = mapped.stream()
                .filter(endpoint -> !endpoint.isTestOnly() && !endpoint.isErrorDispatch())
                .filter(endpoint -> rows.stream().noneMatch(row -> endpoint.matches(row.method(), row.path())))
                .toList();
        assertThat(missing)
                .as("Endpoints without a row in authorization-matrix.csv (add who may and may not use them)")
                .isEmpty();
    }

    @Test
    void theMatrixCoversMoreThanOneKindOfCaller() {
        assertThat(AuthorizationMatrix.rows().stream().map(Row::role).distinct())
                .hasSizeGreaterThan(2);
    }

    private static MockHttpServletRequestBuilder request(Row row) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.path());
        boolean api = row.path().startsWith("/api/");
        boolean page = !api && !row.path().startsWith("/actuator/");
        request.accept(page ? MediaType.TEXT_HTML : MediaType.ALL);
        row.roleName()
                .ifPresent(
                        role -> request.with(user(UUID.randomUUID().toString()).roles(role)));
        if (UNSAFE.contains(row.method())) {
            request.with(csrf());
            if (api && !row.method().equals("DELETE")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        return request;
    }
}
