package org.openpathways.screening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.cases.web.CaseActors;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.openpathways.screening.NewScreening;
import org.openpathways.screening.ScreeningView;
import org.openpathways.screening.Screenings;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The screening form (grouped by level, one radio group or number per question, working without JavaScript) and the
 * result page: rating, needs and actions for everyone who may see the case, answers for the screening roles.
 */
@Controller
class ScreeningPages {

    static final String ANSWER = "q.";

    private final Screenings screenings;
    private final Cases cases;
    private final CaseActors actors;
    private final ScreeningTexts texts;
    private final MessageSource messages;
    private final Dates dates;

    ScreeningPages(
            Screenings screenings,
            Cases cases,
            CaseActors actors,
            ScreeningTexts texts,
            MessageSource messages,
            Dates dates) {
        this.screenings = screenings;
        this.cases = cases;
        this.actors = actors;
        this.texts = texts;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/cases/{caseId}/screenings/new")
    String form(@PathVariable UUID caseId, Authentication authentication, Model model, Locale locale) {
        CaseActor actor = actors.of(authentication);
        CaseFile file = cases.find(actor, caseId, Screenings.PURPOSE);
        if (!Screenings.readsAnswers(actor, file)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "screening.not-allowed");
        }
        return form(file, Map.of(), Map.of(), "", model, locale);
    }

    @PostMapping("/cases/{caseId}/screenings")
    String record(
            @PathVariable UUID caseId,
            @RequestParam MultiValueMap<String, String> params,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        CaseActor actor = actors.of(authentication);
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(ANSWER) && !values.isEmpty() && values.get(0) != null) {
                answers.put(name.substring(ANSWER.length()), values.get(0));
            }
        });
        String application = params.getFirst("applicationReference");
        try {
            ScreeningView view = screenings.record(actor, caseId, new NewScreening(answers, application));
            return "redirect:/screenings/" + view.id();
        } catch (ProblemException refused) {
            if (!"screening.invalid".equals(refused.type())) {
                throw refused;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> problems =
                    (Map<String, String>) refused.getBody().getProperties().getOrDefault("problems", Map.of());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            CaseFile file = cases.find(actor, caseId, Screenings.PURPOSE);
            return form(file, answers, problems, application == null ? "" : application, model, locale);
        }
    }

    @GetMapping("/screenings/{id}")
    String screening(@PathVariable UUID id, Authentication authentication, Model model, Locale locale) {
        ScreeningView view = screenings.screening(actors.of(authentication), id, Screenings.PURPOSE);
        model.addAttribute("screening", view);
        model.addAttribute(
                "actions",
                view.result().actions().stream()
                        .map(action -> new ActionShown(
                                texts.action(action, locale), action.need(), dates.dateTime(action.dueAt())))
                        .toList());
        model.addAttribute("answered", view.answers() == null ? null : texts.answered(view, locale));
        model.addAttribute("texts", texts);
        model.addAttribute("dates", dates);
        return "screening/screening";
    }

    /** Unknown cases and refusals end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private String form(
            CaseFile file,
            Map<String, String> answers,
            Map<String, String> problems,
            String application,
            Model model,
            Locale locale) {
        model.addAttribute("file", file);
        model.addAttribute("levels", texts.levels(answers, problems, locale));
        model.addAttribute("applicationReference", application);
        model.addAttribute("applicationProblem", problems.containsKey("applicationReference"));
        List<FieldMessage> errors = new ArrayList<>();
        problems.forEach((code, problem) -> {
            if (code.equals("applicationReference")) {
                errors.add(new FieldMessage(
                        "applicationReference",
                        messages.getMessage("screening.error.application-reference", null, locale)));
            } else if (code.equals("answers")) {
                errors.add(new FieldMessage(
                        "q-" + texts.questionnaire().questions().get(0).code(),
                        messages.getMessage("screening.error.unknown", null, locale)));
            } else {
                errors.add(new FieldMessage(
                        "q-" + code,
                        messages.getMessage(
                                "screening.error." + problem, new Object[] {texts.question(code, locale)}, locale)));
            }
        });
        model.addAttribute("errors", errors);
        return "screening/form";
    }

    record ActionShown(
            String text, @org.jspecify.annotations.Nullable String need, String due) {}
}
