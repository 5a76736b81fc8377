package org.openpathways.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.Page;
import org.openpathways.platform.api.PageQuery;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.Versioned;
import org.openpathways.referrals.ConsentOverride;
import org.openpathways.referrals.ProviderResponses;
import org.openpathways.referrals.ReferralLists;
import org.openpathways.referrals.ReferralStatus;
import org.openpathways.referrals.ReferralView;
import org.openpathways.referrals.Referrals;
import org.openpathways.referrals.Urgency;
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
@RequestMapping(ReferralsApi.PATH)
@Tag(
        name = "Referrals",
        description = "Referrals of a case to a service provider, with the person's consent to share named data")
class ReferralsApi {

    static final String PATH = "/api/v1/referrals";
    private static final String PROBLEM = "application/problem+json";

    private final Referrals referrals;
    private final ProviderResponses responses;
    private final ReferralLists lists;
    private final ReferralActors actors;

    ReferralsApi(Referrals referrals, ProviderResponses responses, ReferralLists lists, ReferralActors actors) {
        this.referrals = referrals;
        this.responses = responses;
        this.lists = lists;
        this.actors = actors;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    @Operation(
            summary = "Send a referral",
            description = "Staff who may see the case. The data categories must be covered by a live consent of the"
                    + " person for that provider; otherwise a SUPERVISOR or CHILD_PROTECTION officer may send it with"
                    + " an overrideReason (audited, listed for supervisors).")
    @ApiResponse(responseCode = "201", description = "Sent; due by sentAt plus the urgency's response time")
    @ApiResponse(responseCode = "403", description = "Override not permitted", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such case for you", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "No consent covers the categories (consent-required, with missing), an unknown code, or a"
                    + " service the provider does not offer",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ReferralJson> send(@Valid @RequestBody ReferralForms.ReferralBody body, Authentication user) {
        ReferralView sent = referrals.send(actors.of(user), body.referral());
        return Versioned.created(URI.create(PATH + "/" + sent.id()), sent.version(), ReferralJson.of(sent));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Read a referral",
            description = "For the provider addressed (only the consented data, nothing once consent is withdrawn or"
                    + " expired) or staff who may see the case. Every read is audited.")
    @ApiResponse(
            responseCode = "404",
            description = "No such referral for you",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ReferralJson> one(@PathVariable UUID id, Authentication user, HttpServletRequest request) {
        ReferralView referral = referrals.find(actors.of(user), id);
        return Versioned.ok(request, referral.version(), ReferralJson.of(referral));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The provider's inbox",
            description = "Referrals addressed to your organisation, filtered by status and urgency, by due time.")
    ResponseEntity<Page<ReferralJson>> inbox(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String urgency,
            PageQuery page,
            Authentication user) {
        ReferralStatus statusFilter = status == null || status.isBlank()
                ? null
                : ReferralStatus.ofCode(status).orElseThrow(() -> invalidParameter("status"));
        Urgency urgencyFilter = urgency == null || urgency.isBlank()
                ? null
                : Urgency.ofCode(urgency).orElseThrow(() -> invalidParameter("urgency"));
        return lists.inbox(actors.of(user), statusFilter, urgencyFilter, page)
                .map(ReferralJson::summary)
                .toResponse();
    }

    @GetMapping(path = "/sent", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Referrals your organisation sent", description = "Overdue ones first.")
    List<ReferralJson> sent(Authentication user) {
        return lists.sentByOrganisation(actors.of(user)).stream()
                .map(ReferralJson::summary)
                .toList();
    }

    @GetMapping(path = "/overdue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Overdue referrals",
            description = "Unanswered past their due time: addressed to your provider, or sent by your organisation.")
    List<ReferralJson> overdue(Authentication user) {
        return lists.overdue(actors.of(user)).stream()
                .map(ReferralJson::summary)
                .toList();
    }

    @GetMapping(path = "/overrides", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Referrals sent without consent", description = "Supervisors; the read is audited.")
    List<ConsentOverride> overrides(Authentication user) {
        return lists.overrides(actors.of(user));
    }

    @PostMapping(path = "/{id}/acceptance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a referral", description = "The provider addressed.")
    @ApiResponse(
            responseCode = "409",
            description = "Already accepted, not open, or no place left",
            content = @Content(mediaType = PROBLEM))
    ReferralJson accept(@PathVariable UUID id, Authentication user) {
        return ReferralJson.of(responses.accept(actors.of(user), id));
    }

    @PostMapping(
            path = "/{id}/decline",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline a referral", description = "The provider addressed, with a reason.")
    ReferralJson decline(
            @PathVariable UUID id, @Valid @RequestBody ReferralForms.AnswerBody body, Authentication user) {
        return ReferralJson.of(responses.decline(actors.of(user), id, body.reason()));
    }

    @PostMapping(
            path = "/{id}/delivery",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record delivery", description = "The provider addressed, once accepted.")
    ReferralJson deliver(
            @PathVariable UUID id, @Valid @RequestBody ReferralForms.AnswerBody body, Authentication user) {
        return ReferralJson.of(responses.deliver(actors.of(user), id, body.note()));
    }

    @PostMapping(
            path = "/{id}/closure",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Close a referral",
            description = "The provider addressed; closing one accepted but not delivered needs a reason.")
    ReferralJson close(@PathVariable UUID id, @Valid @RequestBody ReferralForms.AnswerBody body, Authentication user) {
        return ReferralJson.of(responses.close(actors.of(user), id, body.reason()));
    }

    private static ProblemException invalidParameter(String name) {
        return ProblemException.unprocessable("referrals.filter-unknown").with("field", name);
    }
}
