package org.openpathways.referrals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors;
import org.openpathways.referrals.ProviderDirectory;
import org.openpathways.referrals.ProviderEntry;
import org.openpathways.referrals.ServiceType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The provider directory: searched by referring staff, kept by administrators. */
@Controller
class ProviderPages {

    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final FormErrors formErrors;
    private final MessageSource messages;

    ProviderPages(
            ProviderDirectory directory, Organisations organisations, FormErrors formErrors, MessageSource messages) {
        this.directory = directory;
        this.organisations = organisations;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/referrals/providers")
    String search(
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String language,
            Model model) {
        String serviceFilter = ServiceType.ofCode(service == null ? "" : service)
                .map(ServiceType::code)
                .orElse(null);
        model.addAttribute("service", serviceFilter == null ? "" : serviceFilter);
        model.addAttribute("area", area == null ? "" : area);
        model.addAttribute("language", language == null ? "" : language);
        model.addAttribute("services", ServiceType.values());
        List<?> providers;
        try {
            providers = directory.search(serviceFilter, area, language);
        } catch (ProblemException refused) {
            providers = List.of();
        }
        model.addAttribute("providers", providers);
        return "referrals/providers";
    }

    @GetMapping("/admin/providers")
    String administration(@RequestParam(required = false) @Nullable UUID organisation, Model model) {
        if (!model.containsAttribute("form")) {
            ProviderPageForm form = new ProviderPageForm();
            if (organisation != null) {
                ProviderEntry entry = directory.provider(organisation);
                form.setOrganisationId(entry.organisationId());
                form.setServices(entry.services().stream()
                        .sorted()
                        .map(ServiceType::code)
                        .toList());
                form.setAreas(String.join(", ", entry.areas()));
                form.setLanguages(String.join(", ", entry.languages()));
                form.setCapacity(String.valueOf(entry.capacity()));
                form.setVersion(String.valueOf(entry.version()));
            }
            model.addAttribute("form", form);
        }
        model.addAttribute("providers", directory.search(null, null, null));
        model.addAttribute(
                "organisations",
                organisations.page(0, Organisations.MAX_PAGE_SIZE).stream()
                        .filter(candidate -> candidate.kind() == OrganisationKind.SERVICE_PROVIDER)
                        .sorted(java.util.Comparator.comparing(Organisation::name))
                        .toList());
        model.addAttribute("services", ServiceType.values());
        return "referrals/admin";
    }

    @PostMapping("/admin/providers")
    String save(@ModelAttribute("form") ProviderPageForm form, BindingResult result, Model model, Locale locale) {
        try {
            if (form.getOrganisationId() == null) {
                throw ProblemException.unprocessable("referrals.not-a-provider").with("field", "organisationId");
            }
            directory.save(
                    form.getOrganisationId(),
                    form.terms(),
                    IfMatch.of(
                            form.getVersion().isBlank()
                                    ? null
                                    : "\"" + form.getVersion().strip() + "\""));
            return "redirect:/admin/providers?saved";
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() == 428) {
                result.rejectValue("organisationId", "referrals.admin.exists");
            } else {
                FormErrors.reject(result, refused);
            }
        }
        List<FormErrors.FieldMessage> errors = new ArrayList<>(formErrors.summary(result, locale));
        result.getGlobalErrors()
                .forEach(error ->
                        errors.add(new FormErrors.FieldMessage("main-content", messages.getMessage(error, locale))));
        model.addAttribute("errors", errors);
        return administration(null, model);
    }
}
