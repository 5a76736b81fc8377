package org.openpathways.referrals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseActor;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors;
import org.openpathways.referrals.ConsentGiver;
import org.openpathways.referrals.Consents;
import org.openpathways.referrals.DataCategory;
import org.openpathways.referrals.ProviderDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Consents: the person's page of their consents and referrals, with a button to withdraw each consent; and for staff,
 * a case's consents with the form to record one and a button to withdraw.
 */
@Controller
class ConsentPages {

    private final Consents consents;
    private final ProviderDirectory directory;
    private final ReferralActors actors;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;

    ConsentPages(
            Consents consents,
            ProviderDirectory directory,
            ReferralActors actors,
            FormErrors formErrors,
            MessageSource messages,
            Clock clock) {
        this.consents = consents;
        this.directory = directory;
        this.actors = actors;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/consents")
    String mine(Authentication user, Model model) {
        CaseActor person = actors.of(user);
        Consents.PersonsRecords theirs = consents.ofPersonWithReferrals(person.account());
        model.addAttribute("consents", theirs.consents());
        model.addAttribute("referrals", theirs.referrals());
        model.addAttribute("today", LocalDate.now(clock));
        return "referrals/consents";
    }

    /** The person links a case to their account with the code staff gave them. */
    @PostMapping("/consents/case-links")
    String linkCase(
            @RequestParam(name = "code", required = false) @Nullable String code,
            Authentication user,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            consents.linkCase(actors.of(user), code);
            return "redirect:/consents?linked";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw refused;
            }
            String message = messages.getMessage("problem." + refused.type() + ".detail", null, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("codeError", message);
            model.addAttribute("errors", List.of(new FormErrors.FieldMessage("code", message)));
            return mine(user, model);
        }
    }

    @PostMapping("/consents/{id}/withdrawal")
    String withdrawMine(@PathVariable UUID id, Authentication user) {
        consents.withdraw(actors.of(user), id);
        return "redirect:/consents?withdrawn";
    }

    @GetMapping("/referrals/consents/new")
    String form(@RequestParam("case") UUID caseId, Authentication user, Model model) {
        if (!model.containsAttribute("form")) {
            ConsentPageForm form = new ConsentPageForm();
            form.setCaseId(caseId);
            model.addAttribute("form", form);
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("consents", consents.ofCase(actors.of(user), caseId));
        model.addAttribute("providers", directory.search(null, null, null));
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "referrals/consent-form";
    }

    @PostMapping("/referrals/consents/new")
    String record(
            @ModelAttribute("form") ConsentPageForm form,
            BindingResult result,
            Authentication user,
            Model model,
            Locale locale) {
        if (form.getCaseId() == null) {
            throw ProblemException.notFound("referrals.case-not-found");
        }
        try {
            consents.record(actors.of(user), form.consent());
            return "redirect:/referrals/consents/new?case=" + form.getCaseId() + "&recorded";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() == 404) {
                throw refused;
            }
            FormErrors.reject(result, refused);
        }
        List<FormErrors.FieldMessage> errors = new ArrayList<>(formErrors.summary(result, locale));
        result.getGlobalErrors()
                .forEach(error ->
                        errors.add(new FormErrors.FieldMessage("main-content", messages.getMessage(error, locale))));
        model.addAttribute("errors", errors);
        return form(form.getCaseId(), user, model);
    }

    @PostMapping("/referrals/consents/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, Authentication user) {
        UUID caseId = consents.withdraw(actors.of(user), id).caseId();
        return "redirect:/referrals/consents/new?case=" + caseId + "&withdrawn";
    }
}
