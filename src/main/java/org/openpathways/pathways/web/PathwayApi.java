package org.openpathways.pathways.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue API. Responses come ready from {@link ReadyResponses}; the database is read only when the cache
 * has no response for the query and language, with {@link org.openpathways.pathways.persistence.CatalogueSql}. Once a
 * response is cached, {@link ReadyResponseFilter} usually sends it before the request gets here.
 */
@RestController
@RequestMapping(path = "/api/v1/pathways", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pathways", description = "The public catalogue of regular pathways")
class PathwayApi {

    static final String LANG = "Language of the texts (en, fr, es, ar); overrides Accept-Language";

    private final PathwayCatalogue catalogue;
    private final ReadyResponses responses;
    private final JsonMapper json;
    private final MessageSource messages;

    PathwayApi(PathwayCatalogue catalogue, ReadyResponses responses, JsonMapper json, MessageSource messages) {
        this.catalogue = catalogue;
        this.responses = responses;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "List the published pathways",
            description = "Published pathways in category order, one page at a time, with their texts in the language"
                    + " asked for. Public and cacheable: answers carry a strong ETag, and a request whose"
                    + " If-None-Match names the current ETag is answered 304 without a body.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of pathways",
            headers = {
                @Header(name = "ETag", description = "Strong entity tag of this page in this language"),
                @Header(name = "Cache-Control", description = "public, max-age=60"),
                @Header(name = "Content-Language", description = "Language of the texts")
            },
            content = @Content(schema = @Schema(implementation = CatalogueJson.Page.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter cannot be used; the problem's errors name each one",
            content = @Content(mediaType = "application/problem+json"))
    @Parameter(
            name = "category",
            in = ParameterIn.QUERY,
            description = "Show only these kinds of pathway; repeat for several, omit for all",
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "labour",
                                                "family",
                                                "study",
                                                "humanitarian-climate",
                                                "regularization",
                                                "free-movement",
                                                "temporary-protection"
                                            })))
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "Page number, from 1",
            schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "1"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Pathways per page",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG, schema = @Schema(type = "string"))
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, schema = @Schema(type = "string"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = "string"))
    ResponseEntity<byte[]> list(@Parameter(hidden = true) HttpServletRequest request) {
        // Parameters are read from the request directly, as ReadyResponseFilter reads them: this is the hottest path
        // of the public API, and resolving eight annotated arguments cost more than serving the ready response.
        var checked = ResponseKeys.query(request);
        CatalogueQuery query = checked.query();
        if (query == null) {
            throw invalidQuery(checked.refusals(), LocaleContextHolder.getLocale());
        }
        Language language = ResponseKeys.language(request);
        ReadyResponse response = responses
                .get(
                        new ResponseKeys.PageKey(query, language),
                        () -> Optional.of(ReadyResponse.of(
                                json.writeValueAsBytes(
                                        CatalogueJson.Page.of(catalogue.publishedPathways(query, language), language)),
                                language)))
                .orElseThrow();
        return send(response, request);
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Read one published pathway",
            description =
                    "Everything about a published pathway: who can apply, documents, fees and waivers,"
                            + " statutory decision time, the permit granted and its rights. Public and cacheable like the list.")
    @ApiResponse(
            responseCode = "200",
            description = "The pathway",
            headers = {
                @Header(name = "ETag", description = "Strong entity tag of this pathway in this language"),
                @Header(name = "Cache-Control", description = "public, max-age=60"),
                @Header(name = "Content-Language", description = "Language of the texts")
            },
            content = @Content(schema = @Schema(implementation = CatalogueJson.Pathway.class)))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @ApiResponse(
            responseCode = "404",
            description = "No published pathway has this code",
            content = @Content(mediaType = "application/problem+json"))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG, schema = @Schema(type = "string"))
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, schema = @Schema(type = "string"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = "string"))
    ResponseEntity<byte[]> pathway(
            @Parameter(description = "The pathway's code", example = "family-reunification") @PathVariable String code,
            @Parameter(hidden = true) HttpServletRequest request) {
        Language language = ResponseKeys.language(request);
        ReadyResponse response = responses
                .get(
                        new ResponseKeys.PathwayKey(code, language),
                        () -> catalogue
                                .publishedPathway(code, language)
                                .map(details -> ReadyResponse.of(
                                        json.writeValueAsBytes(CatalogueJson.Pathway.of(details)), language)))
                .orElseThrow(() -> ProblemException.notFound("pathway-not-found"));
        return send(response, request);
    }

    private static ResponseEntity<byte[]> send(ReadyResponse response, HttpServletRequest request) {
        Delivery delivery = Delivery.of(response, request);
        var answer = ResponseEntity.status(delivery.status()).headers(delivery.headers());
        return delivery.body() == null ? answer.build() : answer.body(delivery.body());
    }

    private ProblemException invalidQuery(List<CatalogueParameters.Refusal> refusals, Locale locale) {
        List<Map<String, String>> errors = refusals.stream()
                .map(refusal -> Map.of(
                        "field",
                        refusal.field(),
                        "message",
                        messages.getMessage(refusal.messageKey(), refusal.arguments(), locale)))
                .toList();
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-catalogue-query").with("errors", errors);
    }
}
