package org.openpathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openpathways.testing.AuthorizationMatrix;
import org.openpathways.testing.AuthorizationMatrix.Row;
import org.openpathways.testing.EndpointShape;
import org.openpathways.testing.HostileRequest;
import org.openpathways.testing.HostileRequests;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.MappedEndpoints;
import org.openpathways.testing.MappedEndpoints.Endpoint;
import org.openpathways.testing.StoredState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fires random hostile requests at every POST, PUT and PATCH endpoint the application maps (API and form posts, found
 * at run time), as a caller the authorisation matrix admits and with a CSRF token, and asserts that none gets a server
 * error and that none stores anything.
 *
 * <p>"Nothing stored" means: every table of the {@code public} schema has the same rows as before the request (count
 * and a digest of their content, so updates count too), and the data folder has the same files, except for the audit
 * trail and event registry, where a refusal may itself be recorded. Every request is built to be refused (each carries
 * at least one value no endpoint may accept, or is malformed), so an endpoint that stores any of them has accepted
 * hostile input. A command that reads no input at all (it has no body, fields or parameters) is only checked for server
 * errors. Set {@code -Dhostile.seed=...} to replay a run and {@code -Dhostile.tries=...} for more requests.
 */
@IntegrationTest
class HostileInputPropertyTest {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH");
    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static final int TRIES = Integer.getInteger("hostile.tries", 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${openpathways.data-dir}")
    Path dataFolder;

    @TestFactory
    Stream<DynamicTest> hostileRequestsNeverFailAndStoreNothing() {
        List<Endpoint> targets = MappedEndpoints.of(mappings).stream()
                .filter(endpoint -> CHANGING.contains(endpoint.method()) && !endpoint.isErrorDispatch())
                .toList();
        assertThat(targets).as("endpoints that take input").isNotEmpty();
        List<Row> matrix = AuthorizationMatrix.rows();
        return targets.stream()
                .map(endpoint ->
                        DynamicTest.dynamicTest(endpoint + " (seed " + SEED + ")", () -> attack(endpoint, matrix)));
    }

    private void attack(Endpoint endpoint, List<Row> matrix) throws Exception {
        EndpointShape shape = EndpointShape.of(endpoint.handler(), endpoint.isApi());
        String path = path(endpoint, matrix, shape);
        Row admitted = AuthorizationMatrix.admitted(matrix, endpoint).stream()
                .findFirst()
                .orElse(null);
        // jqwik's samples come from its thread's source of randomness; seeding it makes a run replayable.
        SourceOfRandomness.create(Long.toString(SEED ^ endpoint.toString().hashCode()));
        List<HostileRequest> requests = new ArrayList<>(
                HostileRequests.forShape(shape).sampleStream().limit(TRIES).toList());
        if (shape.kind() == EndpointShape.Kind.JSON) {
            requests.add(HostileRequests.oversized(shape));
        }
        if (shape.readsNoInput()) {
            // A command that reads nothing cannot store the hostile input, and carrying it out may rightly change
            // state (its own tests check what it does); it must still never fail on what it is sent.
            requests = requests.subList(0, Math.min(3, requests.size()));
        }
        for (HostileRequest hostile : requests) {
            Map<String, String> before = StoredState.of(jdbc, dataFolder);
            int status;
            try {
                status = mvc.perform(as(
                                admitted,
                                hostile.toBuilder(HttpMethod.valueOf(endpoint.method()), path)
                                        .accept(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            } catch (Exception unhandled) {
                throw new AssertionError(endpoint + " failed (a 500 in production) on " + hostile, unhandled);
            }
            assertThat(status)
                    .as(endpoint + " answered " + status + " to " + hostile)
                    .isLessThan(500);
            Map<String, String> after = StoredState.of(jdbc, dataFolder);
            if (!shape.readsNoInput() && !after.equals(before)) {
                fail(endpoint + " stored something for " + hostile + "\nbefore: " + before + "\nafter:  " + after);
            }
        }
    }

    /** The matrix's example path for the endpoint, or its pattern with example values of the variables' types. */
    private static String path(Endpoint endpoint, List<Row> matrix, EndpointShape shape) {
        return matrix.stream()
                .filter(row -> endpoint.matches(row.method(), row.path()))
                .map(Row::path)
                .findFirst()
                .orElseGet(() -> {
                    String path = endpoint.pattern();
                    for (var variable : shape.pathVariables().entrySet()) {
                        path = path.replaceAll("\\{" + variable.getKey() + "(:[^}]*)?}", example(variable.getValue()));
                    }
                    return path.replaceAll("\\{[^}]*}", "example");
                });
    }

    private static String example(Class<?> type) {
        if (type == UUID.class) {
            return "00000000-0000-0000-0000-000000000001";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "1";
        }
        return "example";
    }

    /** As the first caller the matrix admits, or a person holding every role when the matrix says nothing. */
    private static AbstractMockHttpServletRequestBuilder<?> as(
            Row admitted, AbstractMockHttpServletRequestBuilder<?> request) {
        request.with(csrf());
        if (admitted == null) {
            return request.with(
                    user(UUID.randomUUID().toString()).roles(AuthorizationMatrix.ROLES.toArray(String[]::new)));
        }
        admitted.roleName()
                .ifPresent(
                        role -> request.with(user(UUID.randomUUID().toString()).roles(role)));
        return request;
    }
}
