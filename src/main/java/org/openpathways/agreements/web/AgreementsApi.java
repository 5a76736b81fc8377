package org.openpathways.agreements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.Agreements;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.Versioned;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(
        name = "Agreements",
        description = "Labour-migration agreements and free-movement protocols, with their quotas' use now")
class AgreementsApi {

    private static final String PROBLEM = "application/problem+json";

    private final Agreements agreements;
    private final Names names;

    AgreementsApi(Agreements agreements, Names names) {
        this.agreements = agreements;
        this.names = names;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List the agreements in force",
            description = "Public. Each with its partners, sectors, rights clauses in your language, and each quota's"
                    + " capacity, places used and places left now.")
    List<AgreementJson> inForce(Locale locale) {
        Language language = Language.of(locale);
        return agreements.inForce().stream()
                .map(agreement -> AgreementJson.of(agreement, language, names))
                .toList();
    }

    @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Read an agreement",
            description = "Public for agreements in force or ended; administrators also read drafts.")
    @ApiResponse(responseCode = "200", description = "The agreement, with its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such agreement", content = @Content(mediaType = PROBLEM))
    ResponseEntity<AgreementJson> one(
            @PathVariable String code,
            @Nullable Authentication authentication,
            HttpServletRequest request,
            Locale locale) {
        AgreementView agreement = (Administrators.is(authentication)
                        ? agreements.any(code)
                        : agreements.published(code))
                .orElseThrow(() -> ProblemException.notFound("agreements.not-found"));
        return Versioned.ok(request, agreement.version(), AgreementJson.of(agreement, Language.of(locale), names));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(summary = "Record an agreement", description = "Administrators only. With its quotas, if it sets any.")
    @ApiResponse(responseCode = "201", description = "The agreement, with its version as ETag")
    @ApiResponse(
            responseCode = "400",
            description = "A field missing or malformed",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "The code of the agreement or of a quota is taken",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Unknown country, dates in the wrong order, incomplete translation...",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<AgreementJson> create(@Valid @RequestBody AgreementForm body, Locale locale) {
        AgreementView created = agreements.create(body.terms());
        return Versioned.created(
                URI.create("/api/v1/agreements/" + created.code()),
                created.version(),
                AgreementJson.of(created, Language.of(locale), names));
    }

    @PutMapping(
            path = "/{code}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change an agreement",
            description = "Administrators only, with the agreement's ETag in If-Match. Quotas are matched by code: a"
                    + " quota left out is deleted if it was never allocated, and no capacity may fall below the places"
                    + " already used.")
    @ApiResponse(responseCode = "200", description = "The agreement, with its new version as ETag")
    @ApiResponse(
            responseCode = "409",
            description = "A quota in use would be deleted or made too small",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "412",
            description = "The agreement changed since you read it",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<AgreementJson> change(
            @PathVariable String code, @Valid @RequestBody AgreementForm body, IfMatch ifMatch, Locale locale) {
        AgreementView changed = agreements.update(code, body.terms(), ifMatch);
        return ResponseEntity.ok()
                .eTag(Versioned.eTag(changed.version()))
                .body(AgreementJson.of(changed, Language.of(locale), names));
    }
}
