package org.openpathways.platform.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.PageQuery;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description's frame: title, licence, and the shared components every operation refers to (the problem
 * schema, the error responses, the {@code Idempotency-Key}, {@code If-Match}, {@code page} and {@code size}
 * parameters). {@link ApiConventionsDocumenter} attaches them to the operations.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Error responses by status, with the component name each is kept under. */
    static final Map<String, String> ERROR_RESPONSES = Map.ofEntries(
            Map.entry("400", "BadRequest"),
            Map.entry("401", "Unauthenticated"),
            Map.entry("403", "Forbidden"),
            Map.entry("404", "NotFound"),
            Map.entry("406", "NotAcceptable"),
            Map.entry("409", "Conflict"),
            Map.entry("412", "PreconditionFailed"),
            Map.entry("413", "ContentTooLarge"),
            Map.entry("415", "UnsupportedMediaType"),
            Map.entry("422", "Unprocessable"),
            Map.entry("428", "PreconditionRequired"),
            Map.entry("429", "TooManyRequests"),
            Map.entry("500", "InternalError"));

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "The request is malformed or fails validation; `errors` lists the fields."),
            Map.entry("401", "Sign-in is needed."),
            Map.entry("403", "The caller may not do this."),
            Map.entry("404", "Nothing is found here, or the caller may not know it exists."),
            Map.entry("406", "None of the media types in `Accept` can be produced."),
            Map.entry("409", "The request conflicts with the current state, or with a concurrent request."),
            Map.entry("412", "`If-Match` names a version that is no longer current."),
            Map.entry("413", "The body is larger than the service accepts."),
            Map.entry("415", "The body's media type is not accepted here."),
            Map.entry("422", "The request is well formed but not allowed."),
            Map.entry("428", "`If-Match` is required to change this record."),
            Map.entry("429", "Too many requests from this client; see `Retry-After`."),
            Map.entry("500", "The service failed; `incident` identifies the failure for support."));

    static {
        // Both are read from the request by the API's own resolvers; the documenter describes their parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class, IfMatch.class);
    }

    @Bean
    OpenAPI openApi(
            @Value("${openpathways.api.documentation.version:1}") String version,
            @Value("${openpathways.api.documentation.licence-name:Apache-2.0}") String licenceName,
            @Value("${openpathways.api.documentation.licence-url:https://www.apache.org/licenses/LICENSE-2.0}")
                    String licenceUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenPathways API")
                        .version(version)
                        .description(DESCRIPTION)
                        .license(new License().name(licenceName).url(licenceUrl)))
                .components(components());
    }

    @Bean
    ApiConventionsDocumenter apiConventionsDocumenter() {
        return new ApiConventionsDocumenter();
    }

    private static Components components() {
        Components components = new Components()
                .addSchemas(FIELD_PROBLEM, fieldProblemSchema())
                .addSchemas(PROBLEM, problemSchema())
                .addParameters(ApiConventionsDocumenter.IDEMPOTENCY_KEY, idempotencyKey())
                .addParameters(ApiConventionsDocumenter.IF_MATCH, ifMatch())
                .addParameters(ApiConventionsDocumenter.PAGE, page())
                .addParameters(ApiConventionsDocumenter.SIZE, size())
                .addHeaders(
                        "Retry-After",
                        new Header()
                                .description("Seconds to wait before trying again.")
                                .schema(new IntegerSchema()));
        ERROR_RESPONSES.forEach((status, name) -> components.addResponses(name, errorResponse(status)));
        return components;
    }

    private static ApiResponse errorResponse(String status) {
        ApiResponse response = new ApiResponse()
                .description(DESCRIPTIONS.get(status))
                .content(new Content()
                        .addMediaType(
                                PROBLEM_MEDIA_TYPE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status.equals("429") || status.equals("409")) {
            response.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
        }
        return response;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; `title` and `detail` are in the caller's language.")
                .addProperty("type", new StringSchema().format("uri").description("Names the kind of problem."))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                                .description("The fields in error, for validation problems."))
                .addProperty(
                        "incident",
                        new StringSchema().description("Identifies a server failure in the service's logs."))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema().description("Path into the body, or a parameter name; empty for the body."))
                .addProperty("message", new StringSchema().description("Why the value is refused, translated."))
                .required(List.of("field", "message"));
    }

    static HeaderParameter idempotencyKey() {
        HeaderParameter parameter = new HeaderParameter();
        parameter
                .name("Idempotency-Key")
                .description("A key the client chooses for this request (a random UUID is best). A retry with the same"
                        + " key and body returns the first response with `Idempotent-Replayed: true` instead of being"
                        + " carried out again; the same key with a different request is refused with 422; a retry"
                        + " while the first is still running gets 409. Keys are kept for 24 hours.")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$"));
        return parameter;
    }

    private static HeaderParameter ifMatch() {
        HeaderParameter parameter = new HeaderParameter();
        parameter
                .name("If-Match")
                .description("The `ETag` of the version being changed. A stale one is refused with 412; endpoints"
                        + " that require it answer 428 without it.")
                .schema(new StringSchema());
        return parameter;
    }

    private static QueryParameter page() {
        QueryParameter parameter = new QueryParameter();
        parameter
                .name("page")
                .description("The page, from 0. The `Link` header names the first, previous, next and last pages.")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0));
        return parameter;
    }

    private static QueryParameter size() {
        QueryParameter parameter = new QueryParameter();
        parameter
                .name("size")
                .description("Items per page.")
                .schema(new IntegerSchema()
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))
                        ._default(PageQuery.DEFAULT_SIZE));
        return parameter;
    }

    private static final String DESCRIPTION = """
            The JSON API of OpenPathways, under `/api/v1`.

            * **Errors** are RFC 9457 problem details (`application/problem+json`) whose `type` names the problem \
            and whose `title` and `detail` are in the language of `Accept-Language`; validation problems list \
            the fields in `errors`.
            * **Creating requests** accept an `Idempotency-Key` header, so that a retry after a lost response \
            is safe.
            * **Versioned records** carry their version as `ETag`; send it back in `If-Match` to change them \
            (412 when stale), and in `If-None-Match` to revalidate (304).
            * **Lists** are paged with `page` and `size` and answer `items`, `page`, `size`, `totalItems`, \
            `totalPages` and a `Link` header.
            * **Rate limits** answer 429 with `Retry-After`.
            """;
}
