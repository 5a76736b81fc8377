package org.openpathways.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.SimulationResult;
import org.openpathways.applications.Simulations;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Policy simulation through the API: what a draft rule version would change, in counts only. */
@RestController
@Tag(name = "Policy simulation", description = "Judge current applications again under a draft rule version")
class SimulationsApi {

    private final Simulations simulations;
    private final ApplicationTexts texts;

    SimulationsApi(Simulations simulations, ApplicationTexts texts) {
        this.simulations = simulations;
        this.texts = texts;
    }

    record SimulationRequest(
            @Nullable String pathway, @Nullable Integer version) {}

    @PostMapping(
            path = "/api/v1/simulations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Simulate a draft rule version",
            description = "Analysts and administrators. Counts how many outcomes would change, which criteria drive it"
                    + " and whom it touches by sex, age group and nationality; counts under 5 are null. Changes"
                    + " nothing; the reading of applications is audited.")
    @ApiResponse(
            responseCode = "404",
            description = "No such version",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The version has no rules",
            content = @Content(mediaType = "application/problem+json"))
    SimulationResult simulate(@RequestBody SimulationRequest body, Authentication authentication, Locale locale) {
        if (body.pathway() == null || body.pathway().isBlank() || body.pathway().length() > 60) {
            throw ApplicationRefusals.field("pathway", "applications.missing.pathway", texts, locale);
        }
        if (body.version() == null || body.version() < 1) {
            throw ApplicationRefusals.field("version", "applications.missing.version", texts, locale);
        }
        return simulations.simulate(Actors.of(authentication), body.pathway(), body.version());
    }
}
