package org.openpathways.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.PersonAccess;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Staff pages for cases: the list, the open-a-case form, and the case with the sections other modules add. */
@Controller
@RequestMapping("/cases")
class CasePages {

    private final Cases cases;
    private final PersonAccess personAccess;
    private final CaseActors actors;
    private final List<CaseSection> sections;
    private final FormErrors formErrors;
    private final Dates dates;

    CasePages(
            Cases cases,
            PersonAccess personAccess,
            CaseActors actors,
            List<CaseSection> sections,
            FormErrors formErrors,
            Dates dates) {
        this.cases = cases;
        this.personAccess = personAccess;
        this.actors = actors;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CaseSection::order))
                .toList();
        this.formErrors = formErrors;
        this.dates = dates;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("cases", cases.list(actors.of(authentication)));
        model.addAttribute("dates", dates);
        return "cases/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new CasePageForm());
        return formPage(model);
    }

    @PostMapping
    String open(
            @ModelAttribute("form") CasePageForm form,
            BindingResult result,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        if (!result.hasErrors()) {
            try {
                CaseFile file = cases.open(actors.of(authentication), form.newCase());
                return "redirect:/cases/" + file.id();
            } catch (ProblemException refused) {
                if (!"cases.invalid".equals(refused.type())) {
                    throw refused;
                }
                rejectFields(result, refused);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", formErrors.summary(result, locale));
        return formPage(model);
    }

    @GetMapping("/{id}")
    String file(@PathVariable UUID id, Authentication authentication, Model model) {
        CaseActor actor = actors.of(authentication);
        CaseFile file = cases.find(actor, id, Cases.CASE_WORK);
        model.addAttribute("file", file);
        model.addAttribute("dates", dates);
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(section -> section.values(actor, file).stream()
                                .map(values -> new Shown(section.fragment(), values)))
                        .toList());
        return "cases/case";
    }

    /** A new code for the person's own access, shown once (so the page is not kept by the browser or a proxy). */
    @PostMapping("/{id}/person-code")
    String personCode(@PathVariable UUID id, Authentication authentication, HttpServletResponse response, Model model) {
        CaseActor actor = actors.of(authentication);
        PersonAccess.IssuedCode issued = personAccess.issueCode(actor, id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("file", cases.find(actor, id, Cases.CASE_WORK));
        model.addAttribute("issued", issued);
        model.addAttribute("dates", dates);
        return "cases/person-code";
    }

    /** Unknown cases and refusals outside a form end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private static String formPage(Model model) {
        model.addAttribute("contactPoints", ContactPoint.values());
        return "cases/new";
    }

    private static void rejectFields(BindingResult result, ProblemException refused) {
        Object fields = refused.getBody().getProperties() == null
                ? null
                : refused.getBody().getProperties().get("fields");
        if (fields instanceof List<?> names) {
            for (String field : CasePageForm.FIELDS) {
                if (names.contains(field) && !result.hasFieldErrors(field)) {
                    result.rejectValue(field, "cases.error." + field);
                }
            }
        }
    }

    /** A section of the case page: its fragment and the values it shows. */
    record Shown(String fragment, Map<String, Object> values) {}
}
