package org.openpathways.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openpathways.cases.web.CaseActors;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.screening.RequiredAction;
import org.openpathways.screening.RequiredActions;
import org.openpathways.screening.children.BestInterests;
import org.openpathways.screening.children.ChildFile;
import org.openpathways.screening.children.ChildInputs;
import org.openpathways.screening.children.ChildProtectionDashboard;
import org.openpathways.screening.children.Children;
import org.openpathways.screening.children.DashboardRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Children's cases through the API. Interviews, guardians and best interests are for child-protection staff only: for
 * anyone else 403, and the refusal is audited.
 */
@RestController
@Tag(name = "Children", description = "Children's cases: age, flags, interview, guardian, best interests")
class ChildrenApi {

    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CASE = "/api/v1/cases/{caseId}";

    private final Children children;
    private final ChildProtectionDashboard dashboard;
    private final BestInterests bestInterests;
    private final RequiredActions requiredActions;
    private final CaseActors actors;

    ChildrenApi(
            Children children,
            ChildProtectionDashboard dashboard,
            BestInterests bestInterests,
            RequiredActions requiredActions,
            CaseActors actors) {
        this.children = children;
        this.dashboard = dashboard;
        this.bestInterests = bestInterests;
        this.requiredActions = requiredActions;
        this.actors = actors;
    }

    @GetMapping(path = CASE + "/child", produces = JSON)
    @Operation(
            summary = "A child's case",
            description = "Everything for child-protection staff (audited); status and age assessments for others.")
    @ApiResponse(
            responseCode = "404",
            description = "No such case, not visible, or not a child's",
            content = @Content(mediaType = PROBLEM))
    ChildFile file(@PathVariable UUID caseId, Authentication authentication) {
        return children.file(actors.of(authentication), caseId);
    }

    @Idempotent
    @PostMapping(path = CASE + "/age-assessments", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an age assessment",
            description = "Method and a range of ages; the lower bound counts. Under 18 makes the case a child's, which"
                    + " requires a child-protection officer at once: the response lists what the case requires.")
    @ApiResponse(responseCode = "422", description = "Wrong values", content = @Content(mediaType = PROBLEM))
    AgeAssessed ageAssessment(
            @PathVariable UUID caseId, @RequestBody ChildInputs.AgeAssessment body, Authentication authentication) {
        boolean child = children.recordAgeAssessment(actors.of(authentication), caseId, body);
        return new AgeAssessed(caseId, child, requiredActions.ofCase(caseId));
    }

    /**
     * @param child whether the case is a child's case now
     * @param requiredActions what the case requires now, earliest due first
     */
    record AgeAssessed(UUID caseId, boolean child, List<RequiredAction> requiredActions) {}

    @Idempotent
    @PostMapping(path = CASE + "/child-flags", consumes = JSON, produces = JSON)
    @Operation(summary = "Flag a child as unaccompanied or separated")
    @ApiResponse(responseCode = "409", description = "Not a child's case", content = @Content(mediaType = PROBLEM))
    ChildFile flags(@PathVariable UUID caseId, @RequestBody ChildInputs.Flags body, Authentication authentication) {
        return children.flag(actors.of(authentication), caseId, body);
    }

    @Idempotent
    @PostMapping(path = CASE + "/guardians", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign a guardian or representative", description = "Child-protection staff only.")
    @ApiResponse(responseCode = "403", description = "Not child protection", content = @Content(mediaType = PROBLEM))
    ChildFile guardian(
            @PathVariable UUID caseId, @RequestBody ChildInputs.Guardian body, Authentication authentication) {
        return children.assignGuardian(actors.of(authentication), caseId, body);
    }

    @Idempotent
    @PostMapping(path = CASE + "/child-interviews", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a child's interview",
            description = "Child-protection staff only; the representative or guardian present must be named.")
    @ApiResponse(
            responseCode = "403",
            description = "Not child protection (audited)",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "422",
            description = "No representative named, or wrong values",
            content = @Content(mediaType = PROBLEM))
    ChildFile interview(
            @PathVariable UUID caseId, @RequestBody ChildInputs.Interview body, Authentication authentication) {
        return children.recordInterview(actors.of(authentication), caseId, body);
    }

    @Idempotent
    @PostMapping(path = CASE + "/best-interests-assessments", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a best-interests assessment", description = "Child-protection staff only.")
    ChildFile assessment(
            @PathVariable UUID caseId, @RequestBody ChildInputs.Assessment body, Authentication authentication) {
        return bestInterests.recordAssessment(actors.of(authentication), caseId, body);
    }

    @Idempotent
    @PostMapping(path = CASE + "/best-interests-determinations", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a best-interests determination",
            description = "By a panel of at least three distinct members, each member's view recorded.")
    @ApiResponse(
            responseCode = "422",
            description = "Panel too small, or wrong values",
            content = @Content(mediaType = PROBLEM))
    ChildFile determination(
            @PathVariable UUID caseId, @RequestBody ChildInputs.Determination body, Authentication authentication) {
        return bestInterests.recordDetermination(actors.of(authentication), caseId, body);
    }

    @GetMapping(path = "/api/v1/child-protection/cases", produces = JSON)
    @Operation(
            summary = "Children's cases",
            description = "For child-protection staff: guardian deadlines (overdue first), flags, interviews, pending"
                    + " determinations.")
    List<DashboardRow> dashboard(Authentication authentication) {
        return dashboard.rows(actors.of(authentication));
    }
}
