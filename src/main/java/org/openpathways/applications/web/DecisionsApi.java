package org.openpathways.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.AppealOutcome;
import org.openpathways.applications.Appeals;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Decisions;
import org.openpathways.applications.Recommendation;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.pathways.ProcessingTimes;
import org.openpathways.pathways.RuleTexts;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.Versioned;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions and appeals through the API: caseworkers recommend, supervisors approve or return refusals, applicants
 * read their decision and appeal, reviewers handle appeals. Processing times per pathway are public.
 */
@RestController
@Tag(
        name = "Decisions and appeals",
        description = "Reasoned decisions with a second pair of eyes on refusals, and appeals")
class DecisionsApi {

    private static final String PATH = ApplicationsApi.PATH + "/{reference}";
    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Decisions decisions;
    private final Appeals appeals;
    private final ApplicationsApi applicationsApi;
    private final LetterTexts letters;
    private final RuleTexts rules;
    private final ProblemResponses problems;
    private final ApplicationTexts texts;

    DecisionsApi(
            Decisions decisions,
            ApplicationsApi applicationsApi,
            LetterTexts letters,
            RuleTexts rules,
            ProblemResponses problems,
            ApplicationTexts texts,
            Appeals appeals) {
        this.decisions = decisions;
        this.appeals = appeals;
        this.applicationsApi = applicationsApi;
        this.letters = letters;
        this.rules = rules;
        this.problems = problems;
        this.texts = texts;
    }

    record RecommendationRequest(
            @Nullable String outcome,
            @Nullable List<String> criteria,
            @Nullable List<String> grounds,
            @Nullable String freeText) {}

    record AppealRequest(@Nullable String grounds, @Nullable String lateReason) {}

    record AdmissionRequest(
            @Nullable Boolean admit, @Nullable String text) {}

    record AppealDecisionRequest(
            @Nullable String outcome, @Nullable String text) {}

    record CriterionJson(String position, String outcome, String explanation) {}

    @GetMapping(path = PATH + "/failed-criteria", produces = JSON)
    @Operation(
            summary = "The criteria the application does not meet",
            description = "Under the rules version it pinned, with their positions, for a refusal to cite.")
    List<CriterionJson> failedCriteria(@PathVariable String reference, Authentication authentication, Locale locale) {
        List<CriterionJson> criteria = new ArrayList<>();
        decisions
                .failedCriteria(Actors.of(authentication), reference)
                .forEach((position, explanation) -> criteria.add(new CriterionJson(
                        position, explanation.outcome().name(), rules.reason(explanation.reason(), locale))));
        return criteria;
    }

    @Idempotent
    @PostMapping(path = PATH + "/recommendation", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Recommend a decision",
            description =
                    "The assigned caseworker. APPROVE takes effect at once and issues the permit; REFUSE waits for"
                            + " a supervisor and must cite failed criteria (positions) or grounds from the closed list.")
    @ApiResponse(
            responseCode = "400",
            description = "A refusal without reasons, or reasons that are not",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "Not under assessment, or not your case",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> recommend(
            @PathVariable String reference,
            @RequestBody RecommendationRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        requireRole(authentication, Role.CASEWORKER, "applications.caseworkers-only");
        Recommendation.Outcome outcome;
        try {
            outcome = Recommendation.Outcome.valueOf(
                    String.valueOf(body.outcome()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApplicationRefusals.field("outcome", "applications.missing.invalid-code", texts, locale);
        }
        ApplicationView view = decisions.recommend(
                Actors.of(authentication),
                reference,
                new Recommendation(outcome, body.criteria(), body.grounds(), body.freeText()));
        return applicationsApi.staffResponse(view, locale, request);
    }

    @Idempotent
    @PostMapping(path = PATH + "/refusal-approval", produces = JSON)
    @Operation(summary = "Approve a recommended refusal", description = "A supervisor other than the caseworker.")
    @ApiResponse(
            responseCode = "409",
            description = "Nothing to approve, or your own recommendation",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> approveRefusal(
            @PathVariable String reference, Authentication authentication, Locale locale, HttpServletRequest request) {
        return applicationsApi.staffResponse(
                decisions.approveRefusal(Actors.of(authentication), reference), locale, request);
    }

    @Idempotent
    @PostMapping(path = PATH + "/recommendation-return", consumes = JSON, produces = JSON)
    @Operation(summary = "Send a recommended refusal back to the caseworker, saying why")
    ResponseEntity<ApplicationJson> returnRecommendation(
            @PathVariable String reference,
            @RequestBody ApplicationsApi.TextRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        return applicationsApi.staffResponse(
                decisions.returnRecommendation(Actors.of(authentication), reference, orEmpty(body.text())),
                locale,
                request);
    }

    @GetMapping(path = "/api/v1/casework/approvals", produces = JSON)
    @Operation(summary = "Refusals awaiting your approval", description = "Supervisors. Free-text reasons are flagged.")
    List<DecisionRecords.AwaitingRow> approvals(Authentication authentication) {
        return decisions.awaitingApproval(Actors.of(authentication));
    }

    @GetMapping(path = PATH + "/decision", produces = JSON)
    @Operation(
            summary = "The decision letter",
            description = "In the reader's language: the outcome, the reasons, the appeal rights and deadline.")
    @ApiResponse(
            responseCode = "404",
            description = "Not decided, or not yours",
            content = @Content(mediaType = PROBLEM))
    LetterTexts.Letter decision(@PathVariable String reference, Authentication authentication, Locale locale) {
        return letters.write(decisions.letter(Actors.of(authentication), reference), locale);
    }

    @Idempotent
    @PostMapping(path = PATH + "/appeal", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Appeal a refusal",
            description = "On time until the deadline in the letter; later, give the reason in lateReason: the appeal"
                    + " is then late until a reviewer admits it.")
    @ApiResponse(
            responseCode = "409",
            description = "Not refused, or already appealed",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ApplicationJson> appeal(
            @PathVariable String reference,
            @RequestBody AppealRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        ApplicationView view =
                appeals.appeal(Actors.of(authentication), reference, orEmpty(body.grounds()), body.lateReason());
        return Versioned.ok(request, view.version(), applicationsApi.json(view, false, locale));
    }

    @GetMapping(path = "/api/v1/appeals", produces = JSON)
    @Operation(summary = "Appeals waiting for review", description = "Reviewers: yours and those of nobody yet.")
    List<DecisionRecords.PendingAppealRow> appeals(Authentication authentication) {
        return appeals.pendingAppeals(Actors.of(authentication));
    }

    @Idempotent
    @PostMapping(path = PATH + "/appeal/assignment")
    @Operation(summary = "Take an appeal", description = "Not if you took part in the decision.")
    ResponseEntity<Void> takeAppeal(@PathVariable String reference, Authentication authentication) {
        appeals.takeAppeal(Actors.of(authentication), reference);
        return ResponseEntity.noContent().build();
    }

    @Idempotent
    @PostMapping(path = PATH + "/appeal/admission", consumes = JSON)
    @Operation(summary = "Admit a late appeal, or not", description = "With the reason for your choice.")
    ResponseEntity<Void> admit(
            @PathVariable String reference, @RequestBody AdmissionRequest body, Authentication authentication) {
        requireRole(authentication, Role.REVIEWER, "applications.reviewers-only");
        if (body.admit() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "applications.invalid");
        }
        appeals.admitLateAppeal(Actors.of(authentication), reference, body.admit(), orEmpty(body.text()));
        return ResponseEntity.noContent().build();
    }

    @Idempotent
    @PostMapping(path = PATH + "/appeal/decision", consumes = JSON, produces = JSON)
    @Operation(
            summary = "Decide an appeal",
            description =
                    "upheld, overturned (the permit is issued) or sent-back (a new assessment; the clock restarts).")
    ResponseEntity<ApplicationJson> decideAppeal(
            @PathVariable String reference,
            @RequestBody AppealDecisionRequest body,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request) {
        requireRole(authentication, Role.REVIEWER, "applications.reviewers-only");
        AppealOutcome outcome;
        try {
            outcome = AppealOutcome.valueOf(
                    String.valueOf(body.outcome()).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw ApplicationRefusals.field("outcome", "applications.missing.invalid-code", texts, locale);
        }
        return applicationsApi.staffResponse(
                appeals.decideAppeal(Actors.of(authentication), reference, outcome, orEmpty(body.text())),
                locale,
                request);
    }

    @GetMapping(path = "/api/v1/pathways/{code}/processing-time", produces = JSON)
    @Operation(
            summary = "How long decisions take",
            description = "Median and 80th percentile of calendar days from complete application to decision; 404 until"
                    + " the pathway has enough decisions to publish them.")
    ProcessingTimes.Figures processingTime(@PathVariable String code) {
        return decisions.of(code).orElseThrow(() -> ProblemException.notFound("applications.not-enough-decisions"));
    }

    @ExceptionHandler(ApplicationRefused.class)
    ResponseEntity<ProblemDetail> refused(ApplicationRefused refused, HttpServletRequest request) {
        return ApplicationRefusals.problem(refused, request, problems, texts);
    }

    /** Checks the role before the body, so that a caller without it is told so rather than how to fill it in. */
    private static void requireRole(Authentication authentication, Role role, String problem) {
        if (!Actors.of(authentication).has(role)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, problem);
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
