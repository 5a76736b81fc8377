package org.openpathways.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.referrals.Consent;
import org.openpathways.referrals.Consents;
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
@RequestMapping("/api/v1/consents")
@Tag(name = "Consents", description = "The person's consent to share named categories of their case's data")
class ConsentsApi {

    private final Consents consents;
    private final ReferralActors actors;
    private final Clock clock;

    ConsentsApi(Consents consents, ReferralActors actors, Clock clock) {
        this.consents = consents;
        this.actors = actors;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(
            summary = "Record a consent",
            description = "Staff who may see the case. categories from: identity, contact, languages, needs;"
                    + " givenBy: person, parent or guardian (then giverName); validUntil today or later. Else 422.")
    ResponseEntity<ConsentJson> record(@Valid @RequestBody ReferralForms.ConsentBody body, Authentication user) {
        Consent consent = consents.record(actors.of(user), body.consent());
        return ResponseEntity.created(URI.create("/api/v1/consents?caseId=" + consent.caseId()))
                .body(ConsentJson.of(consent, today()));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The consents of a case", description = "Staff who may see the case; the read is audited.")
    List<ConsentJson> ofCase(@RequestParam UUID caseId, Authentication user) {
        return consents.ofCase(actors.of(user), caseId).stream()
                .map(consent -> ConsentJson.of(consent, today()))
                .toList();
    }

    @GetMapping(path = "/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Your consents",
            description = "The consents recorded on your cases: those opened on your applications and those you added"
                    + " with a code from an officer.")
    List<ConsentJson> mine(Authentication user) {
        return consents.ofPerson(actors.of(user).account()).stream()
                .map(consent -> ConsentJson.of(consent, today()))
                .toList();
    }

    /** The code staff gave the person for their case. */
    record CaseLinkRequest(@Nullable String code) {}

    @PostMapping(
            path = "/mine/case-links",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add your case with a code",
            description = "Links the case of the code an officer gave you to your account (the code works once); the"
                    + " answer is your consents, now including those of that case.")
    @ApiResponse(
            responseCode = "422",
            description = "The code is wrong, used or expired (field: code)",
            content = @Content(mediaType = "application/problem+json"))
    List<ConsentJson> linkCase(@RequestBody CaseLinkRequest body, Authentication user) {
        consents.linkCase(actors.of(user), body.code());
        return mine(user);
    }

    @PostMapping(path = "/{id}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Withdraw a consent",
            description = "The person, or staff who may see the case. The provider loses access at once and open"
                    + " referrals relying on it are revoked.")
    ConsentJson withdraw(@PathVariable UUID id, Authentication user) {
        return ConsentJson.of(consents.withdraw(actors.of(user), id), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
