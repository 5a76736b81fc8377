package org.openpathways.pathways.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.EligibilityChecks;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayEligibility;
import org.openpathways.pathways.PublishedRules;
import org.openpathways.pathways.RuleTexts;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.platform.api.FieldProblem;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous eligibility checks: answers in, for each published pathway with rules whether it fits, why, and what to
 * answer next. Nothing is stored and nothing is logged: the answers (personal data) live only for the request, so an
 * anonymous check needs no audit entry (it changes nothing and keeps nothing). A check is a POST because the answers
 * must not appear in addresses, logs or caches.
 */
@RestController
@Tag(name = "Eligibility", description = "Check which pathways fit, anonymously; nothing is stored")
class EligibilityApi {

    static final String PATH = "/api/v1/eligibility-checks";
    static final int MAX_PATHWAYS = 50;

    private final EligibilityChecks checks;
    private final RuleTexts texts;

    EligibilityApi(EligibilityChecks checks, RuleTexts texts) {
        this.checks = checks;
        this.texts = texts;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check eligibility for the published pathways",
            description = "Judges the answers against the rules of each published pathway that has rules. Each"
                    + " pathway's outcome is MET, NOT_MET or UNKNOWN (some answer is still needed: nextQuestion says"
                    + " which), with the explanation criterion by criterion in the language asked for. Anonymous;"
                    + " the answers are not stored.")
    @ApiResponse(
            responseCode = "200",
            description = "The outcome for each pathway, in catalogue order",
            content = @Content(schema = @Schema(implementation = EligibilityJson.Response.class)))
    @ApiResponse(
            responseCode = "400",
            description = "An answer cannot be used (unknown fact, wrong type, impossible value) or a pathway is not"
                    + " published; the problem's errors name each field",
            content = @Content(mediaType = "application/problem+json"))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = PathwayApi.LANG, schema = @Schema(type = "string"))
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, schema = @Schema(type = "string"))
    ResponseEntity<EligibilityJson.Response> check(
            @RequestBody EligibilityJson.Request body, @Parameter(hidden = true) HttpServletRequest request) {
        Language language =
                ApiLanguage.of(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Locale locale = language.locale();
        var reading = EligibilityAnswers.fromJson(body.answers());
        List<EligibilityAnswers.Refusal> refusals = new ArrayList<>(reading.refusals());
        Set<String> codes = codes(body.pathways(), checks.pathways(language), refusals);
        if (!refusals.isEmpty()) {
            List<FieldProblem> errors = refusals.stream()
                    .map(refusal -> new FieldProblem(
                            refusal.field(),
                            texts.message(
                                    refusal.messageKey(), refusal.arguments().toArray(), locale)))
                    .toList();
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request").with("errors", errors);
        }
        List<EligibilityJson.PathwayResult> results = checks.check(reading.facts(), codes, language).stream()
                .map(result -> result(result, locale))
                .toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new EligibilityJson.Response(language.code(), results));
    }

    private static Set<String> codes(
            @Nullable List<String> asked, List<PublishedRules> published, List<EligibilityAnswers.Refusal> refusals) {
        Set<String> codes = new LinkedHashSet<>();
        if (asked == null) {
            return codes;
        }
        if (asked.size() > MAX_PATHWAYS) {
            refusals.add(EligibilityAnswers.Refusal.of("pathways", "tooManyPathways", MAX_PATHWAYS));
            return codes;
        }
        for (int i = 0; i < asked.size(); i++) {
            String code = asked.get(i);
            boolean known = code != null
                    && code.length() <= PathwayDefinition.MAX_CODE_LENGTH
                    && published.stream().anyMatch(pathway -> pathway.code().equals(code));
            if (known) {
                codes.add(code);
            } else {
                refusals.add(EligibilityAnswers.Refusal.of("pathways[" + i + "]", "unknownPathway"));
            }
        }
        return codes;
    }

    private EligibilityJson.PathwayResult result(PathwayEligibility result, Locale locale) {
        return new EligibilityJson.PathwayResult(
                result.code(),
                result.version(),
                result.title(),
                result.outcome().name(),
                criterion(result.explanation(), locale),
                result.nextQuestion().map(fact -> question(fact, locale)).orElse(null),
                "/api/v1/pathways/" + result.code());
    }

    private EligibilityJson.Criterion criterion(Explanation explanation, Locale locale) {
        return new EligibilityJson.Criterion(
                explanation.outcome().name(),
                explanation.reason().key(),
                texts.reason(explanation.reason(), locale),
                explanation.missingFacts().stream().map(Fact::name).toList(),
                explanation.children().stream()
                        .map(child -> criterion(child, locale))
                        .toList());
    }

    private EligibilityJson.Question question(Fact fact, Locale locale) {
        return new EligibilityJson.Question(
                fact.name(), fact.type().name(), texts.question(fact, locale), texts.hint(fact, locale));
    }
}
