package org.openpathways.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.Versioned;
import org.openpathways.referrals.ProviderDirectory;
import org.openpathways.referrals.ProviderEntry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "Service providers", description = "The directory of providers that take referrals")
class ProvidersApi {

    private final ProviderDirectory directory;

    ProvidersApi(ProviderDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the directory", description = "By service code, area served and language code.")
    List<ProviderJson> search(
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String language) {
        return directory.search(service, area, language).stream()
                .map(ProviderJson::of)
                .toList();
    }

    @GetMapping(path = "/{organisationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A provider's entry")
    ResponseEntity<ProviderJson> one(@PathVariable UUID organisationId, HttpServletRequest request) {
        ProviderEntry entry = directory.provider(organisationId);
        return Versioned.ok(request, entry.version(), ProviderJson.of(entry));
    }

    @PutMapping(
            path = "/{organisationId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record or change a provider's entry",
            description = "Administrators; the organisation must be a SERVICE_PROVIDER. Changing an entry needs its"
                    + " ETag in If-Match.")
    ResponseEntity<ProviderJson> save(
            @PathVariable UUID organisationId, @Valid @RequestBody ReferralForms.ProviderBody body, IfMatch ifMatch) {
        ProviderEntry entry = directory.save(organisationId, body.terms(), ifMatch);
        return ResponseEntity.ok().eTag(Versioned.eTag(entry.version())).body(ProviderJson.of(entry));
    }
}
