package org.openpathways.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationMember;
import org.openpathways.accounts.Organisations;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations and their members (administrators only)")
class OrganisationsApi {

    private final Organisations organisations;

    OrganisationsApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations")
    List<Organisation> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return organisations.page(page, size);
    }

    @PostMapping
    @Idempotent
    @Operation(summary = "Create an organisation")
    ResponseEntity<Organisation> create(@Valid @RequestBody OrganisationForm body) {
        Organisation created = organisations.create(body.getName(), body.getKind());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    Organisation one(@PathVariable UUID id) {
        return organisations.organisation(id);
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The organisation's members")
    List<OrganisationMember> members(@PathVariable UUID id) {
        return organisations.members(id);
    }

    @PostMapping("/{id}/members")
    @Idempotent
    @Operation(
            summary = "Create an account for a member of the organisation",
            description = "The person receives an e-mail with a link to choose a password, then sets up a second"
                    + " factor at their first sign-in.")
    ResponseEntity<OrganisationMember> addMember(@PathVariable UUID id, @Valid @RequestBody MemberForm body) {
        OrganisationMember member = organisations.addMember(
                id,
                body.getEmail(),
                body.getDisplayName(),
                body.getRoles(),
                Language.ofCode(body.getLanguage()).orElse(Language.fallback()));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/members/" + member.id()))
                .body(member);
    }
}
