package org.openpathways.screening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.web.CaseActors;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.openpathways.screening.ScreeningProperties;
import org.openpathways.screening.Screenings;
import org.openpathways.screening.children.BestInterests;
import org.openpathways.screening.children.BestInterestsForm;
import org.openpathways.screening.children.ChildFile;
import org.openpathways.screening.children.ChildInputs;
import org.openpathways.screening.children.ChildProtectionDashboard;
import org.openpathways.screening.children.Children;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's case page with its forms (age assessment and flags for screening roles; guardian, interview,
 * best-interests assessment and determination for child-protection staff), and the child-protection dashboard.
 */
@Controller
class ChildPages {

    static final int PANEL_ROWS = 5;

    private final Children children;
    private final ChildProtectionDashboard dashboard;
    private final BestInterests bestInterests;
    private final Cases cases;
    private final CaseActors actors;
    private final ScreeningProperties properties;
    private final ScreeningTexts texts;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    ChildPages(
            Children children,
            ChildProtectionDashboard dashboard,
            BestInterests bestInterests,
            Cases cases,
            CaseActors actors,
            ScreeningProperties properties,
            ScreeningTexts texts,
            MessageSource messages,
            Dates dates,
            Clock clock) {
        this.children = children;
        this.dashboard = dashboard;
        this.bestInterests = bestInterests;
        this.cases = cases;
        this.actors = actors;
        this.properties = properties;
        this.texts = texts;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/child-protection")
    String dashboard(Authentication authentication, Model model) {
        model.addAttribute("rows", dashboard.rows(actors.of(authentication)));
        model.addAttribute("texts", texts);
        model.addAttribute("now", clock.instant());
        model.addAttribute("dates", dates);
        return "screening/dashboard";
    }

    @GetMapping("/cases/{caseId}/child")
    String child(@PathVariable UUID caseId, Authentication authentication, Model model) {
        return page(actors.of(authentication), caseId, List.of(), null, model);
    }

    @PostMapping("/cases/{caseId}/child/{form}")
    String submit(
            @PathVariable UUID caseId,
            @PathVariable String form,
            @RequestParam MultiValueMap<String, String> params,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        try {
            switch (form) {
                case "age-assessments" ->
                    children.recordAgeAssessment(
                            actor,
                            caseId,
                            new ChildInputs.AgeAssessment(
                                    params.getFirst("method"),
                                    number(params.getFirst("minAge")),
                                    number(params.getFirst("maxAge")),
                                    params.getFirst("notes")));
                case "flags" ->
                    children.flag(
                            actor,
                            caseId,
                            new ChildInputs.Flags(
                                    "true".equals(params.getFirst("unaccompanied")),
                                    "true".equals(params.getFirst("separated"))));
                case "guardians" ->
                    children.assignGuardian(
                            actor,
                            caseId,
                            new ChildInputs.Guardian(
                                    params.getFirst("role"), params.getFirst("name"), params.getFirst("organisation")));
                case "interviews" ->
                    children.recordInterview(
                            actor,
                            caseId,
                            new ChildInputs.Interview(
                                    params.getFirst("representativeRole"),
                                    params.getFirst("representativeName"),
                                    params.getFirst("language"),
                                    params.getFirst("summary")));
                case "assessments" ->
                    bestInterests.recordAssessment(
                            actor,
                            caseId,
                            new ChildInputs.Assessment(
                                    params.getOrDefault("situations", List.of()).stream()
                                            .filter(s -> s != null)
                                            .toList(),
                                    new BestInterestsForm(
                                            params.getFirst("safety"),
                                            params.getFirst("care"),
                                            params.getFirst("health"),
                                            params.getFirst("education"),
                                            params.getFirst("childViews"),
                                            params.getFirst("family"),
                                            params.getFirst("recommendation"))));
                case "determinations" -> {
                    List<ChildInputs.PanelMember> panel = new ArrayList<>();
                    for (int i = 1; i <= PANEL_ROWS; i++) {
                        String member = params.getFirst("member" + i);
                        String view = params.getFirst("view" + i);
                        if (member != null && !member.isBlank() || view != null && !view.isBlank()) {
                            panel.add(new ChildInputs.PanelMember(member, view));
                        }
                    }
                    bestInterests.recordDetermination(
                            actor,
                            caseId,
                            new ChildInputs.Determination(
                                    params.getFirst("situation"), params.getFirst("decision"), panel));
                }
                default -> throw ProblemException.notFound("screening.not-found");
            }
            return "redirect:/cases/" + caseId + "/child?saved";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != 422) {
                throw refused;
            }
            response.setStatus(refused.getStatusCode().value());
            List<FieldMessage> errors = new ArrayList<>();
            Object fields = refused.getBody().getProperties() == null
                    ? null
                    : refused.getBody().getProperties().get("fields");
            Object[] arguments =
                    refused.type().equals("screening.panel-too-small") ? new Object[] {properties.panelSize()} : null;
            String detail = messages.getMessage("problem." + refused.type() + ".detail", arguments, locale);
            if (fields instanceof List<?> names) {
                for (Object name : names) {
                    errors.add(new FieldMessage(
                            form + "-" + name,
                            messages.getMessage("screening.child.error." + name, null, detail, locale)));
                }
            }
            model.addAttribute("failedForm", form);
            return page(actor, caseId, errors, form.equals("determinations") ? params : null, model);
        }
    }

    /** Unknown cases and refusals end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    /** @param panel what was sent in a determination that was refused, to show it again; null otherwise */
    private String page(
            CaseActor actor,
            UUID caseId,
            List<FieldMessage> errors,
            @Nullable MultiValueMap<String, String> panel,
            Model model) {
        CaseFile file = cases.find(actor, caseId, "child-protection");
        ChildFile child = children.isChild(caseId) ? children.file(actor, caseId) : null;
        List<String> choices = new ArrayList<>();
        List<String> views = new ArrayList<>();
        for (int row = 1; row <= PANEL_ROWS; row++) {
            String chosen = panel == null ? null : panel.getFirst("member" + row);
            String view = panel == null ? null : panel.getFirst("view" + row);
            choices.add(panel == null && row == 1 ? actor.account().toString() : chosen == null ? "" : chosen);
            views.add(view == null ? "" : view);
        }
        model.addAttribute("candidates", child == null ? List.of() : bestInterests.panelCandidates(actor, file));
        model.addAttribute("panelChoices", choices);
        model.addAttribute("panelViews", views);
        model.addAttribute("file", file);
        model.addAttribute("child", child);
        model.addAttribute("childProtection", actor.has(Role.CHILD_PROTECTION));
        model.addAttribute("screens", Screenings.readsAnswers(actor, file));
        model.addAttribute("methods", Children.AGE_METHODS);
        model.addAttribute("roles", Children.GUARDIAN_ROLES);
        model.addAttribute("situations", ScreeningProperties.SITUATIONS);
        model.addAttribute("fields", BestInterestsForm.FIELDS);
        model.addAttribute(
                "panelRows",
                java.util.stream.IntStream.rangeClosed(1, PANEL_ROWS).boxed().toList());
        model.addAttribute("self", actor.account().toString());
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        return "screening/child";
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || !text.strip().matches("[0-9]{1,3}")) {
            return text == null || text.isBlank() ? null : -1;
        }
        return Integer.parseInt(text.strip());
    }
}
