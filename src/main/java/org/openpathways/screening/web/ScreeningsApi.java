package org.openpathways.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.web.CaseActors;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.screening.NewScreening;
import org.openpathways.screening.ScreeningView;
import org.openpathways.screening.Screenings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Screenings through the API. A screening never refuses, delays or scores an application. */
@RestController
@Tag(name = "Screening", description = "Vulnerability screening at first contact: rating, needs and actions")
class ScreeningsApi {

    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Screenings screenings;
    private final CaseActors actors;
    private final ScreeningTexts texts;

    ScreeningsApi(Screenings screenings, CaseActors actors, ScreeningTexts texts) {
        this.screenings = screenings;
        this.actors = actors;
        this.texts = texts;
    }

    record ScreeningRequest(
            @Nullable Map<String, @Nullable String> answers,
            @Nullable String applicationReference) {

        NewScreening screening() {
            Map<String, String> given = new LinkedHashMap<>();
            if (answers != null) {
                answers.forEach((code, answer) -> {
                    if (code != null && answer != null) {
                        given.put(code, answer);
                    }
                });
            }
            return new NewScreening(given, applicationReference);
        }
    }

    @Idempotent
    @PostMapping(path = "/api/v1/cases/{caseId}/screenings", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Screen a person",
            description = "Answers by question code (yes, no, an option's code or a number). Returns the rating, the"
                    + " needs and the actions with their due times. For consular, supervisor and child-protection"
                    + " staff of the case's organisation.")
    @ApiResponse(responseCode = "201", description = "The screening and its result")
    @ApiResponse(
            responseCode = "403",
            description = "The caller may see the case but not screen it",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Answers that cannot be accepted: fields names the questions",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ScreeningJson> record(
            @PathVariable UUID caseId,
            @RequestBody ScreeningRequest body,
            Authentication authentication,
            Locale locale) {
        ScreeningView view = screenings.record(actors.of(authentication), caseId, body.screening());
        return ResponseEntity.created(URI.create("/api/v1/screenings/" + view.id()))
                .body(ScreeningJson.of(view, texts, locale));
    }

    @GetMapping(path = "/api/v1/screenings/{id}", produces = JSON)
    @Operation(
            summary = "A screening",
            description = "The result for everyone who may see the case; the answers too for consular, supervisor and"
                    + " child-protection staff. Every read is audited.")
    @ApiResponse(
            responseCode = "404",
            description = "No such screening, or not one the caller may see",
            content = @Content(mediaType = PROBLEM))
    ScreeningJson one(@PathVariable UUID id, Authentication authentication, Locale locale) {
        return ScreeningJson.of(screenings.screening(actors.of(authentication), id, Screenings.PURPOSE), texts, locale);
    }
}
