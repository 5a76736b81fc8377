package org.openpathways.pathways.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.AdministeredPathway;
import org.openpathways.pathways.DocumentFormat;
import org.openpathways.pathways.ExportedDefinition;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayAdministration;
import org.openpathways.pathways.SavedPathway;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the catalogue (ADMIN): import and export of whole definitions as JSON or YAML documents, publishing
 * and retiring, and every pathway with all its versions. The pages in {@link PathwayAdminPages} call the same facade.
 */
@RestController
@Tag(name = "Pathway administration", description = "Definitions, versions, publication (administrators)")
class PathwayAdministrationApi {

    static final String IMPORT = "/api/v1/pathways/import";
    static final String YAML = "application/yaml";
    static final String X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    private final PathwayAdministration administration;

    PathwayAdministrationApi(PathwayAdministration administration) {
        this.administration = administration;
    }

    @PostMapping(
            path = IMPORT,
            consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, X_YAML, TEXT_YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(
            summary = "Import a pathway definition",
            description = "Saves a whole definition, sent as JSON or YAML (the same document either way), as the"
                    + " pathway's new latest version; a new pathway starts as a draft. Sending the latest version's"
                    + " content again changes nothing (200, changed false). A published version is never edited:"
                    + " publish the new version to show it.")
    @ApiResponse(responseCode = "201", description = "A new version was saved")
    @ApiResponse(responseCode = "200", description = "The content equals the latest version; nothing changed")
    @ApiResponse(
            responseCode = "400",
            description = "The document is not a valid definition; errors list each problem with its field, line"
                    + " and column")
    ResponseEntity<Map<String, Object>> importDefinition(
            @RequestBody byte[] document, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
        DocumentFormat format =
                MediaType.APPLICATION_JSON.isCompatibleWith(type) ? DocumentFormat.JSON : DocumentFormat.YAML;
        SavedPathway saved;
        try {
            saved = administration.importDefinition(new ByteArrayInputStream(document), format);
        } catch (InvalidPathwayDefinition invalid) {
            throw refused(invalid);
        }
        var answer = ResponseEntity.status(saved.newVersion() ? HttpStatus.CREATED : HttpStatus.OK);
        if (saved.newVersion()) {
            answer.location(URI.create(adminPath(saved.code())));
        }
        String status = administration
                .pathway(saved.code(), Language.fallback())
                .map(pathway -> pathway.status().code())
                .orElseThrow();
        return answer.body(Map.of(
                "code", saved.code(),
                "version", saved.version(),
                "status", status,
                "changed", saved.newVersion(),
                "links", links(saved.code())));
    }

    @GetMapping(
            path = "/api/v1/pathways/{code}/export",
            produces = {MediaType.APPLICATION_JSON_VALUE, YAML, X_YAML, TEXT_YAML})
    @Operation(
            summary = "Export a pathway definition",
            description = "One version (the latest unless asked) as a document in JSON or YAML, chosen by Accept or"
                    + " by format; importing it again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The document, as an attachment")
    @ApiResponse(responseCode = "404", description = "No pathway has this code, or it has no such version")
    ResponseEntity<byte[]> export(
            @PathVariable String code,
            @Parameter(description = "The version's number; the latest when omitted")
                    @RequestParam(required = false)
                    @Nullable
                    Integer version,
            @Parameter(description = "json or yaml; overrides Accept") @RequestParam(required = false) @Nullable
                    String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        DocumentFormat chosen = format == null
                ? formatAccepted(accept)
                : DocumentFormat.ofExtension(format)
                        .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "pathway-format-unknown"));
        ExportedDefinition exported = administration
                .export(code, version, chosen)
                .orElseThrow(() -> ProblemException.notFound("pathway-version-not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(exported.fileName())
                                .build()
                                .toString())
                .body(exported.content());
    }

    @PostMapping(path = "/api/v1/pathways/{code}/publication", produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(summary = "Publish the latest version", description = "Shows the latest version in the catalogue.")
    @ApiResponse(responseCode = "200", description = "Published (changed false when it already was)")
    @ApiResponse(responseCode = "404", description = "No pathway has this code")
    Map<String, Object> publish(@PathVariable String code) {
        return changed(code, administration.publish(code));
    }

    @PostMapping(path = "/api/v1/pathways/{code}/retirement", produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(summary = "Retire a pathway", description = "Withdraws it from the catalogue; its versions are kept.")
    @ApiResponse(responseCode = "200", description = "Retired (changed false when it already was)")
    @ApiResponse(responseCode = "404", description = "No pathway has this code")
    @ApiResponse(responseCode = "409", description = "The pathway was never published")
    Map<String, Object> retire(@PathVariable String code) {
        return changed(code, administration.retire(code));
    }

    @GetMapping(path = "/api/v1/admin/pathways", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List every pathway", description = "Drafts included, with every version and its state.")
    Map<String, Object> list() {
        return Map.of(
                "items",
                administration.pathways(language()).stream()
                        .map(PathwayAdministrationApi::json)
                        .toList());
    }

    @GetMapping(path = "/api/v1/admin/pathways/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one pathway's versions")
    @ApiResponse(responseCode = "404", description = "No pathway has this code")
    Map<String, Object> pathway(@PathVariable String code) {
        return administration
                .pathway(code, language())
                .map(PathwayAdministrationApi::json)
                .orElseThrow(() -> ProblemException.notFound("pathway-not-found"));
    }

    private Map<String, Object> changed(String code, boolean changed) {
        AdministeredPathway pathway = administration.pathway(code, language()).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>(json(pathway));
        body.put("changed", changed);
        return body;
    }

    static ProblemException refused(InvalidPathwayDefinition invalid) {
        List<Map<String, Object>> errors = invalid.located().stream()
                .map(problem -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("field", problem.field());
                    if (problem.line() != null) {
                        error.put("line", problem.line());
                    }
                    if (problem.column() != null) {
                        error.put("column", problem.column());
                    }
                    error.put("message", problem.message());
                    return error;
                })
                .toList();
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-pathway-definition", errors.size())
                .with("errors", errors);
    }

    static DocumentFormat formatAccepted(@Nullable String accept) {
        List<MediaType> accepted =
                new ArrayList<>(accept == null ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept));
        // Most wanted first; among equals, the order given (so "*/*" alone means JSON).
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return DocumentFormat.JSON;
            }
            if (List.of(YAML, X_YAML, TEXT_YAML).stream()
                    .map(MediaType::parseMediaType)
                    .anyMatch(type::isCompatibleWith)) {
                return DocumentFormat.YAML;
            }
        }
        return DocumentFormat.JSON;
    }

    private static Map<String, Object> json(AdministeredPathway pathway) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", pathway.code());
        body.put("title", pathway.title());
        body.put("status", pathway.status().code());
        body.put("latestVersion", pathway.latestVersion());
        body.put("publishedVersion", pathway.publishedVersion());
        body.put(
                "versions",
                pathway.versions().stream()
                        .map(version -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("version", version.number());
                            item.put("state", version.state().code());
                            item.put("savedAt", version.savedAt().toString());
                            item.put(
                                    "publishedAt",
                                    version.publishedAt() == null
                                            ? null
                                            : version.publishedAt().toString());
                            return item;
                        })
                        .toList());
        body.put("links", links(pathway.code()));
        return body;
    }

    private static Map<String, String> links(String code) {
        return Map.of(
                "self", adminPath(code),
                "export", "/api/v1/pathways/" + code + "/export",
                "publication", "/api/v1/pathways/" + code + "/publication",
                "retirement", "/api/v1/pathways/" + code + "/retirement",
                "catalogue", "/api/v1/pathways/" + code);
    }

    private static String adminPath(String code) {
        return "/api/v1/admin/pathways/" + code;
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
