package org.openpathways.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.Actor;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.openpathways.applications.Casework;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.Versioned;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications through the API: applicants start, save, submit, withdraw and answer; staff see their queue, take
 * cases, ask for information and extend the time. An application the caller may not see is 404, like one that does
 * not exist.
 */
@RestController
@Tag(name = "Applications", description = "Apply for a pathway and follow each step; staff handle the cases")
class ApplicationsApi {

    static final String PATH = "/api/v1/applications";
    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Applications applications;
    private final Casework casework;
    private final ApplicationTexts texts;
    private final MessageSource messages;
    private final ProblemResponses problems;

    ApplicationsApi(
            Applications applications,
            ApplicationTexts texts,
            MessageSource messages,
            ProblemResponses problems,
            Casework casework) {
        this.applications = applications;
        this.casework = casework;
        this.texts = texts;
        this.messages = messages;
        this.problems = problems;
    }

    record StartRequest(@Nullable String pathway, @Nullable String renewalOf) {}

    record TextRequest(@Nullable String text) {}

    @Idempotent
    @PostMapping(path = PATH, consumes = JSON, produces = JSON)
    @Operation(
            summary = "Start an application",
            description = "Creates a draft for a published pathway; with renewalOf (a permit number), a renewal of that"
                    + " permit, whose approval extends it.")
    @ApiResponse(responseCode = "201", description = "The draft; Location names it, ETag is its version")
    @ApiResponse(
            responseCode = "404",
            description = "No such published pathway",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Outside the application window, or too many drafts",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> start(
            @RequestBody StartRequest body, Authentication authentication, Locale locale) {
        if (body.renewalOf() != null) {
            ApplicationView renewal = applications.startRenewal(Actors.of(authentication), body.renewalOf());
            return Versioned.created(
                    URI.create(PATH + "/" + renewal.reference()), renewal.version(), json(renewal, false, locale));
        }
        if (body.pathway() == null || body.pathway().isBlank() || body.pathway().length() > 60) {
            throw ApplicationRefusals.field("pathway", "applications.missing.pathway", texts, locale);
        }
        ApplicationView view = applications.start(Actors.of(authentication), body.pathway());
        return Versioned.created(URI.create(PATH + "/" + view.reference()), view.version(), json(view, false, locale));
    }

    @GetMapping(path = PATH, produces = JSON)
    @Operation(summary = "Your applications", description = "Newest first.")
    List<ApplicationJson> own(Authentication authentication, Locale locale) {
        return applications.own(Actors.of(authentication)).stream()
                .map(view -> json(view, false, locale))
                .toList();
    }

    @GetMapping(path = PATH + "/{reference}", produces = JSON)
    @Operation(
            summary = "An application and its steps",
            description = "For its applicant, and for the staff handling it (reads by staff are audited). ETag is the"
                    + " version to send back in If-Match.")
    @ApiResponse(
            responseCode = "404",
            description = "No such application, or not yours",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> one(
            @PathVariable String reference, Authentication authentication, Locale locale, HttpServletRequest request) {
        Actor actor = Actors.of(authentication);
        ApplicationView view = applications.find(actor, reference);
        boolean staff = !view.applicant().equals(actor.account());
        if (!staff) {
            request.setAttribute(StatusAnswerFilter.OWNER_VIEW, actor.account());
        }
        return Versioned.ok(request, view.version(), json(view, staff, locale));
    }

    @PutMapping(path = PATH + "/{reference}", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Save a draft",
            description = "Replaces what the draft says. Requires If-Match. Values that cannot be accepted are 400"
                    + " with each field named; missing values are fine until submission.")
    @ApiResponse(
            responseCode = "400",
            description = "A value that cannot be accepted",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Already submitted", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "412",
            description = "Changed since you read it",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> save(
            @PathVariable String reference,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody ApplicationDetails body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        Actor actor = Actors.of(authentication);
        ApplicationView current = ownCurrent(actor, reference);
        IfMatch.of(ifMatch).require(current.version());
        ApplicationView saved = applications.save(actor, reference, current.version(), body);
        return Versioned.ok(request, saved.version(), json(saved, false, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/submission", produces = JSON)
    @Operation(
            summary = "Submit a complete draft",
            description = "Checks completeness, pins the pathway version, starts the statutory clock and e-mails the"
                    + " reference and the expected decision date. If-Match is optional.")
    @ApiResponse(responseCode = "200", description = "Submitted: the reference, what happens next, the expected date")
    @ApiResponse(
            responseCode = "409",
            description = "Not a draft, window closed",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "Incomplete: errors list what is missing",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> submit(
            @PathVariable String reference,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        Actor actor = Actors.of(authentication);
        ApplicationView current = ownCurrent(actor, reference);
        IfMatch.of(ifMatch).requireIfPresent(current.version());
        ApplicationView submitted = applications.submit(actor, reference, current.version());
        return Versioned.ok(request, submitted.version(), json(submitted, false, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/withdrawal", produces = JSON)
    @Operation(summary = "Withdraw an application", description = "It will not be decided.")
    @ApiResponse(responseCode = "409", description = "Already withdrawn", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> withdraw(
            @PathVariable String reference, Authentication authentication, Locale locale, HttpServletRequest request) {
        Actor actor = Actors.of(authentication);
        ApplicationView view = applications.withdraw(actor, reference, null);
        return Versioned.ok(request, view.version(), json(view, false, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/information-answer", consumes = JSON, produces = JSON)
    @Operation(summary = "Answer a request for information", description = "The statutory clock runs again.")
    @ApiResponse(responseCode = "409", description = "Nothing was asked", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> answer(
            @PathVariable String reference,
            @RequestBody TextRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        ApplicationView view = applications.answer(Actors.of(authentication), reference, orEmpty(body.text()));
        return Versioned.ok(request, view.version(), json(view, false, locale));
    }

    @GetMapping(path = "/api/v1/casework/queue", produces = JSON)
    @Operation(
            summary = "Your queue of pending applications",
            description = "Caseworkers: those assigned to you and to nobody; supervisors: all. Earliest deadline first,"
                    + " with each one's standing: on-time, nearing, past, or paused.")
    List<QueueJson> queue(Authentication authentication) {
        return casework.queue(Actors.of(authentication)).stream()
                .map(QueueJson::of)
                .toList();
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/assignment", produces = JSON)
    @Operation(summary = "Take a case", description = "Assigns it to you, a caseworker; screening starts.")
    @ApiResponse(responseCode = "409", description = "Someone else has it", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> take(
            @PathVariable String reference, Authentication authentication, Locale locale, HttpServletRequest request) {
        ApplicationView view = casework.take(Actors.of(authentication), reference);
        return Versioned.ok(request, view.version(), json(view, true, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/assessment", produces = JSON)
    @Operation(summary = "End screening and start the assessment")
    @ApiResponse(
            responseCode = "409",
            description = "Not in screening, or not yours",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> assess(
            @PathVariable String reference, Authentication authentication, Locale locale, HttpServletRequest request) {
        ApplicationView view = casework.startAssessment(Actors.of(authentication), reference);
        return Versioned.ok(request, view.version(), json(view, true, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/information-requests", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Ask the applicant for information",
            description = "The statutory clock stands still until they answer; they are told by e-mail.")
    @ApiResponse(
            responseCode = "409",
            description = "A request is already open, or not yours",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> requestInformation(
            @PathVariable String reference,
            @RequestBody TextRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        ApplicationView view = casework.requestInformation(Actors.of(authentication), reference, orEmpty(body.text()));
        return Versioned.ok(request, view.version(), json(view, true, locale));
    }

    @Idempotent
    @PostMapping(path = PATH + "/{reference}/extension", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Extend the time for a decision",
            description = "Once, by the days the pathway allows for complex cases, with the reason recorded.")
    @ApiResponse(responseCode = "409", description = "Not extendable", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> extend(
            @PathVariable String reference,
            @RequestBody TextRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        ApplicationView view = casework.extend(Actors.of(authentication), reference, orEmpty(body.text()));
        return Versioned.ok(request, view.version(), json(view, true, locale));
    }

    @ExceptionHandler(ApplicationRefused.class)
    ResponseEntity<ProblemDetail> refused(ApplicationRefused refused, HttpServletRequest request) {
        return ApplicationRefusals.problem(refused, request, problems, texts);
    }

    private ApplicationView ownCurrent(Actor actor, String reference) {
        ApplicationView current = applications.find(actor, reference);
        if (!current.applicant().equals(actor.account())) {
            throw ProblemException.notFound("applications.not-found");
        }
        return current;
    }

    /** A staff member's view of an application, with its version as the ETag. */
    ResponseEntity<ApplicationJson> staffResponse(ApplicationView view, Locale locale, HttpServletRequest request) {
        return Versioned.ok(request, view.version(), json(view, true, locale));
    }

    ApplicationJson json(ApplicationView view, boolean staff, Locale locale) {
        String next = messages.getMessage("applications.next." + view.status().code(), null, locale);
        return ApplicationJson.of(view, staff, texts, next, locale);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
