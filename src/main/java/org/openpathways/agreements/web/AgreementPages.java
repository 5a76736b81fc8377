package org.openpathways.agreements.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.Agreements;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public agreements pages with their quotas' use now, and the administrators' overview with drafts and a form for
 * a new agreement in English.
 */
@Controller
class AgreementPages {

    private final Agreements agreements;
    private final Names names;
    private final Dates dates;
    private final FormErrors formErrors;
    private final MessageSource messages;

    AgreementPages(Agreements agreements, Names names, Dates dates, FormErrors formErrors, MessageSource messages) {
        this.messages = messages;
        this.agreements = agreements;
        this.names = names;
        this.dates = dates;
        this.formErrors = formErrors;
    }

    @GetMapping("/agreements")
    String list(Model model, Locale locale) {
        Language language = Language.of(locale);
        model.addAttribute(
                "agreements",
                agreements.inForce().stream()
                        .map(agreement -> AgreementPage.of(agreement, language, names, dates))
                        .toList());
        return "agreements/list";
    }

    @GetMapping("/agreements/{code}")
    String agreement(@PathVariable String code, @Nullable Authentication authentication, Model model, Locale locale) {
        AgreementView agreement = (Administrators.is(authentication)
                        ? agreements.any(code)
                        : agreements.published(code))
                .orElseThrow(() -> ProblemException.notFound("agreements.not-found"));
        model.addAttribute("agreement", AgreementPage.of(agreement, Language.of(locale), names, dates));
        return "agreements/agreement";
    }

    @GetMapping("/admin/agreements")
    String administration(Model model, Locale locale) {
        Language language = Language.of(locale);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AgreementPageForm());
        }
        model.addAttribute(
                "agreements",
                agreements.all().stream()
                        .map(agreement -> AgreementPage.of(agreement, language, names, dates))
                        .toList());
        return "agreements/admin";
    }

    @PostMapping("/admin/agreements")
    String create(
            @Valid @ModelAttribute("form") AgreementPageForm form, BindingResult result, Model model, Locale locale) {
        Optional<AgreementTerms> terms = result.hasErrors() ? Optional.empty() : AgreementPageTerms.of(form, result);
        if (terms.isPresent()) {
            try {
                AgreementView created = agreements.create(terms.get());
                return "redirect:/agreements/" + created.code();
            } catch (ProblemException refused) {
                reject(result, refused);
            }
        }
        List<FormErrors.FieldMessage> errors = new ArrayList<>(formErrors.summary(result, locale));
        result.getGlobalErrors()
                .forEach(error -> errors.add(new FormErrors.FieldMessage("code", messages.getMessage(error, locale))));
        model.addAttribute("errors", errors);
        return administration(model, locale);
    }

    private static void reject(BindingResult result, ProblemException refused) {
        Object field = refused.getBody().getProperties() == null
                ? null
                : refused.getBody().getProperties().get("field");
        String formField = field instanceof String name ? AgreementPageTerms.formField(name) : null;
        String code = "problem." + refused.type() + ".detail";
        if (formField != null) {
            result.rejectValue(formField, code, new Object[] {field}, null);
        } else {
            result.reject(code, new Object[] {field}, null);
        }
    }
}
