package org.openpathways.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.cases.PersonAccess;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.Versioned;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Protection cases through the API: open one at first contact, read one. A case the caller may not see is 404. */
@RestController
@Tag(name = "Cases", description = "Protection cases opened at first contact")
class CasesApi {

    static final String PATH = "/api/v1/cases";
    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Cases cases;
    private final PersonAccess personAccess;
    private final CaseActors actors;

    CasesApi(Cases cases, PersonAccess personAccess, CaseActors actors) {
        this.cases = cases;
        this.personAccess = personAccess;
        this.actors = actors;
    }

    /** A code for the person's own access to their case, shown once. */
    record PersonCodeJson(String code, Instant validUntil) {}

    record OpenRequest(
            @Nullable String fullName,
            @Nullable LocalDate claimedBirthDate,
            @Nullable String sex,
            @Nullable String nationality,
            @Nullable List<String> languages,
            @Nullable String phone,
            @Nullable ContactPoint contactPoint,
            @Nullable String place,
            @Nullable LocalDate contactDate,
            @Nullable String applicationReference) {

        NewCase newCase() {
            return new NewCase(
                    fullName,
                    claimedBirthDate,
                    sex,
                    nationality,
                    languages,
                    phone,
                    contactPoint,
                    place,
                    contactDate,
                    applicationReference);
        }
    }

    @Idempotent
    @PostMapping(path = PATH, consumes = JSON, produces = JSON)
    @Operation(
            summary = "Open a case",
            description = "For a person met at a border point, a consulate or through an application; the case belongs"
                    + " to the caller's organisation.")
    @ApiResponse(responseCode = "201", description = "The case; Location names it, ETag is its version")
    @ApiResponse(
            responseCode = "403",
            description = "The caller works for no organisation",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "A value that cannot be accepted: field and fields name them",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<CaseJson> open(@RequestBody OpenRequest body, Authentication authentication) {
        CaseFile file = cases.open(actors.of(authentication), body.newCase());
        return Versioned.created(URI.create(PATH + "/" + file.id()), file.version(), CaseJson.of(file));
    }

    @GetMapping(path = PATH + "/{id}", produces = JSON)
    @Operation(summary = "A case", description = "For staff who may see it; every read is audited.")
    @ApiResponse(
            responseCode = "404",
            description = "No such case, or not one the caller may see",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<CaseJson> one(@PathVariable UUID id, Authentication authentication, HttpServletRequest request) {
        CaseFile file = cases.find(actors.of(authentication), id, Cases.CASE_WORK);
        return Versioned.ok(request, file.version(), CaseJson.of(file));
    }

    @PostMapping(path = PATH + "/{id}/person-code", produces = JSON)
    @Operation(
            summary = "Make a code for the person's own access",
            description = "A one-time code to give the person: entered on their own account (POST"
                    + " /api/v1/consents/mine/case-links), it links this case to it, so that they see the referrals and"
                    + " consents of the case and can withdraw a consent. It replaces an unused code and is not stored"
                    + " (only its hash is).")
    @ApiResponse(responseCode = "201", description = "The code and until when it can be used")
    @ApiResponse(
            responseCode = "404",
            description = "No such case, or not one the caller may see",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<PersonCodeJson> personCode(@PathVariable UUID id, Authentication authentication) {
        PersonAccess.IssuedCode issued = personAccess.issueCode(actors.of(authentication), id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new PersonCodeJson(issued.code(), issued.validUntil()));
    }
}
