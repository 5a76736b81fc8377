package org.openpathways.permits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.openpathways.permits.PermitTypes;
import org.openpathways.permits.PermitView;
import org.openpathways.permits.Permits;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.Versioned;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(PermitsApi.PATH)
@Tag(name = "Permits", description = "Your permits; public verification by number; facts and revocation by staff")
class PermitsApi {

    static final String PATH = "/api/v1/permits";
    private static final String PROBLEM = "application/problem+json";

    private final Permits permits;
    private final PermitTypes types;

    PermitsApi(Permits permits, PermitTypes types) {
        this.permits = permits;
        this.types = types;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List your permits", description = "The latest ending first.")
    List<PermitJson> own(Authentication authentication, Locale locale) {
        return permits.ownPermits(Readers.of(authentication)).stream()
                .map(permit -> json(permit, locale))
                .toList();
    }

    @GetMapping(path = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a permit", description = "Your own; caseworkers and supervisors may read any (audited).")
    @ApiResponse(responseCode = "200", description = "The permit, with its version as ETag")
    @ApiResponse(
            responseCode = "404",
            description = "No such permit, or not yours to see",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<PermitJson> one(
            @PathVariable String number,
            @Parameter(description = "Why staff read it: permit-check, case-assessment or revocation")
                    @RequestParam(defaultValue = "permit-check")
                    String purpose,
            Authentication authentication,
            HttpServletRequest request,
            Locale locale) {
        PermitView permit = permits.permit(number, Readers.of(authentication), purpose);
        return Versioned.ok(request, permit.version(), json(permit, locale));
    }

    @GetMapping(path = "/{number}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Verify a permit",
            description = "Public. Whether the permit is valid, for how long, its type, its conditions and the holder's"
                    + " name, and nothing more. Spaces, dashes and lower case in the number are accepted.")
    @ApiResponse(responseCode = "200", description = "What the permit shows")
    @ApiResponse(
            responseCode = "404",
            description = "Not a permit number, or no permit has it",
            content = @Content(mediaType = PROBLEM))
    VerificationJson verification(@PathVariable String number, Locale locale) {
        return permits.verify(number)
                .map(found -> VerificationJson.of(found, types.name(found.pathwayCode(), Readers.language(locale))))
                .orElseThrow(() -> ProblemException.notFound("permits.not-found"));
    }

    @PostMapping(
            path = "/{number}/revocation",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Revoke a permit",
            description = "Supervisors only, with a ground from the configured list and the permit's ETag in If-Match."
                    + " Refused with 409 when it is already revoked or another procedure protects its holder.")
    @ApiResponse(responseCode = "200", description = "The revoked permit")
    @ApiResponse(
            responseCode = "400",
            description = "No ground, or not one of the list",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Already revoked, or blocked",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "412",
            description = "The permit changed since you read it",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<PermitJson> revoke(
            @PathVariable String number,
            @Valid @RequestBody RevocationForm body,
            IfMatch ifMatch,
            Authentication authentication,
            Locale locale) {
        PermitView revoked = permits.revoke(number, body.revocation(), ifMatch, Readers.of(authentication));
        return ResponseEntity.ok().eTag(Versioned.eTag(revoked.version())).body(json(revoked, locale));
    }

    record FactRequest(@org.jspecify.annotations.Nullable String fact) {}

    record FactsJson(List<String> facts) {}

    @PostMapping(
            path = "/{number}/facts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a fact about a permit",
            description = "Caseworkers and supervisors record facts such as employment-confirmed, which an extension"
                    + " decree may require. Recording one again changes nothing.")
    @ApiResponse(responseCode = "200", description = "Every fact recorded about the permit")
    @ApiResponse(
            responseCode = "400",
            description = "The fact is not lower-case letters, digits and dashes",
            content = @Content(mediaType = PROBLEM))
    FactsJson recordFact(@PathVariable String number, @RequestBody FactRequest body, Authentication authentication) {
        String fact = body.fact() == null ? "" : body.fact();
        return new FactsJson(permits.recordFact(number, fact, Readers.of(authentication)));
    }

    private PermitJson json(PermitView permit, Locale locale) {
        return PermitJson.of(permit, types.name(permit.pathwayCode(), Readers.language(locale)));
    }
}
