package org.openpathways.permits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.openpathways.permits.DecreeDraft;
import org.openpathways.permits.DecreeView;
import org.openpathways.permits.ExtensionDecrees;
import org.openpathways.permits.PermitReader;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors;
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

/** Supervisors' pages for extension decrees: the list, the form, and the decree with its preview and execution. */
@Controller
@RequestMapping("/decrees")
class DecreePages {

    private final ExtensionDecrees decrees;
    private final FormErrors formErrors;
    private final Dates dates;

    DecreePages(ExtensionDecrees decrees, FormErrors formErrors, Dates dates) {
        this.decrees = decrees;
        this.formErrors = formErrors;
        this.dates = dates;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("decrees", decrees.decrees(Readers.of(authentication)));
        model.addAttribute("dates", dates);
        return "decrees/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new DecreePageForm());
        return "decrees/new";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") DecreePageForm form,
            BindingResult result,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        PermitReader reader = Readers.of(authentication);
        DecreeDraft draft = form.draft();
        for (DecreeDraft.Problem problem : decrees.problems(draft)) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
        if (!result.hasErrors()) {
            DecreeView created = decrees.create(draft, reader);
            return "redirect:/decrees/" + created.id();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", formErrors.summary(result, locale));
        return "decrees/new";
    }

    @GetMapping("/{id}")
    String decree(@PathVariable UUID id, Authentication authentication, Model model) {
        return page(decrees.decree(id, Readers.of(authentication)), Readers.of(authentication), model);
    }

    @PostMapping("/{id}/execution")
    String execute(@PathVariable UUID id, Authentication authentication, HttpServletResponse response, Model model) {
        PermitReader reader = Readers.of(authentication);
        DecreeView decree = decrees.decree(id, reader);
        try {
            decrees.execute(id, reader);
            return "redirect:/decrees/" + id + "?executed";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw refused;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", "problem." + refused.type() + ".detail");
            return page(decrees.decree(decree.id(), reader), reader, model);
        }
    }

    /** Unknown decrees and refusals outside a form end on the shared, translated error page. */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private String page(DecreeView decree, PermitReader reader, Model model) {
        model.addAttribute("decree", decree);
        model.addAttribute("dates", dates);
        model.addAttribute("executed", decree.status() == DecreeView.Status.EXECUTED);
        model.addAttribute("ownDecree", decree.createdBy().equals("account:" + reader.accountId()));
        if (decree.status() == DecreeView.Status.DRAFT) {
            model.addAttribute("preview", decrees.preview(decree.id(), reader));
        }
        return "decrees/view";
    }
}
