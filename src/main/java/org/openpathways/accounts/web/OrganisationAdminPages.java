package org.openpathways.accounts.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration of organisations and their members (ADMIN). */
@Controller
class OrganisationAdminPages {

    static final int PAGE_SIZE = 50;

    private final Organisations organisations;
    private final FormErrors formErrors;

    OrganisationAdminPages(Organisations organisations, FormErrors formErrors) {
        this.organisations = organisations;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/organisations")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        model.addAttribute("organisations", organisations.page(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("totalPages", Math.max(1, (organisations.count() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("kinds", OrganisationKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganisationForm());
        }
        return "accounts/admin-organisations";
    }

    @PostMapping("/admin/organisations")
    String create(
            @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Locale locale, Model model) {
        if (!result.hasErrors()) {
            try {
                Organisation created = organisations.create(form.getName(), form.getKind());
                return "redirect:/admin/organisations/" + created.id();
            } catch (ProblemException refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        return list(0, model);
    }

    @GetMapping("/admin/organisations/{id}")
    String organisation(@PathVariable UUID id, Model model) {
        Organisation organisation = organisations.organisation(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", organisations.members(id));
        model.addAttribute("roles", organisation.kind().roles());
        model.addAttribute("languages", Language.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MemberForm());
        }
        return "accounts/admin-organisation";
    }

    @PostMapping("/admin/organisations/{id}/members")
    String addMember(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Locale locale,
            Model model) {
        if (!result.hasErrors()) {
            try {
                organisations.addMember(
                        id,
                        form.getEmail(),
                        form.getDisplayName(),
                        form.getRoles(),
                        Language.ofCode(form.getLanguage()).orElse(Language.fallback()));
                return "redirect:/admin/organisations/" + id + "?member-added";
            } catch (ProblemException refused) {
                if (refused.getStatusCode().value() == 404) {
                    throw refused;
                }
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        return organisation(id, model);
    }

    @PostMapping("/admin/organisations/{organisation}/members/{account}/disable")
    String disable(@PathVariable UUID organisation, @PathVariable UUID account) {
        organisations.disable(account);
        return "redirect:/admin/organisations/" + organisation + "?member-disabled";
    }

    @PostMapping("/admin/organisations/{organisation}/members/{account}/second-factor-reset")
    String resetSecondFactor(@PathVariable UUID organisation, @PathVariable UUID account) {
        organisations.resetSecondFactor(account);
        return "redirect:/admin/organisations/" + organisation + "?second-factor-reset";
    }
}
