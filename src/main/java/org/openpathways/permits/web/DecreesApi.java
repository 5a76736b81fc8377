package org.openpathways.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openpathways.permits.DecreeDraft;
import org.openpathways.permits.DecreeView;
import org.openpathways.permits.ExtensionDecrees;
import org.openpathways.platform.api.FieldProblem;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemTypes;
import org.openpathways.platform.api.Versioned;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(DecreesApi.PATH)
@Tag(name = "Extension decrees", description = "Supervisors extend many permits at once; a second supervisor executes")
class DecreesApi {

    static final String PATH = "/api/v1/decrees";
    private static final String PROBLEM = "application/problem+json";

    private final ExtensionDecrees decrees;
    private final MessageSource messages;

    DecreesApi(ExtensionDecrees decrees, MessageSource messages) {
        this.decrees = decrees;
        this.messages = messages;
    }

    @Idempotent
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Write an extension decree",
            description = "A draft: which permits (types, expiry window, nationalities, a required fact) and how far"
                    + " (newValidUntil, or extensionMonths and/or extensionDays). Supervisors only.")
    @ApiResponse(responseCode = "201", description = "The draft; Location names it")
    @ApiResponse(
            responseCode = "400",
            description = "Fields that are missing or not acceptable, listed in errors",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<DecreeJson> create(@RequestBody DecreeRequest body, Authentication authentication, Locale locale) {
        DecreeDraft draft = body.draft();
        List<DecreeDraft.Problem> problems = decrees.problems(draft);
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST)
                    .with(
                            "errors",
                            problems.stream()
                                    .map(problem -> new FieldProblem(
                                            problem.field(), messages.getMessage(problem.messageKey(), null, locale)))
                                    .toList());
        }
        DecreeView created = decrees.create(draft, Readers.of(authentication));
        return Versioned.created(URI.create(PATH + "/" + created.id()), created.version(), DecreeJson.of(created));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List extension decrees", description = "The latest first, at most 200.")
    List<DecreeJson> list(Authentication authentication) {
        return decrees.decrees(Readers.of(authentication)).stream()
                .map(DecreeJson::of)
                .toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read an extension decree")
    @ApiResponse(responseCode = "404", description = "No such decree", content = @Content(mediaType = PROBLEM))
    DecreeJson one(@PathVariable UUID id, Authentication authentication) {
        return DecreeJson.of(decrees.decree(id, Readers.of(authentication)));
    }

    @GetMapping(path = "/{id}/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Preview an extension decree",
            description = "How many permits it would extend now, by type and nationality; counts under five are"
                    + " given as fewerThanFive. Changes nothing; audited.")
    @ApiResponse(responseCode = "404", description = "No such decree", content = @Content(mediaType = PROBLEM))
    DecreeJson.PreviewJson preview(@PathVariable UUID id, Authentication authentication) {
        return DecreeJson.PreviewJson.of(decrees.preview(id, Readers.of(authentication)));
    }

    @PostMapping(path = "/{id}/execution", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Execute an extension decree",
            description = "Extends every selected permit in one transaction, and tells each holder afterwards. Only a"
                    + " supervisor other than the decree's author.")
    @ApiResponse(responseCode = "200", description = "The executed decree, with permitsExtended")
    @ApiResponse(responseCode = "404", description = "No such decree", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Already executed (permits.decree-executed), your own decree (permits.decree-own), or it"
                    + " selects no permit (permits.decree-selects-nothing); nothing changed",
            content = @Content(mediaType = PROBLEM))
    DecreeJson execute(@PathVariable UUID id, Authentication authentication) {
        return DecreeJson.of(decrees.execute(id, Readers.of(authentication)));
    }
}
