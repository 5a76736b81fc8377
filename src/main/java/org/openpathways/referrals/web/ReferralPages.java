package org.openpathways.referrals.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseActor;
import org.openpathways.platform.api.PageQuery;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors;
import org.openpathways.referrals.DataCategory;
import org.openpathways.referrals.ProviderDirectory;
import org.openpathways.referrals.ProviderResponses;
import org.openpathways.referrals.ReferralLists;
import org.openpathways.referrals.ReferralStatus;
import org.openpathways.referrals.Referrals;
import org.openpathways.referrals.ServiceType;
import org.openpathways.referrals.Urgency;
import org.springframework.context.MessageSource;
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
 * The referral pages: the provider's inbox and the referring staff's list (each with its overdue referrals), one
 * referral with the provider's answers, the referral form, and the supervisors' list of consent overrides.
 */
@Controller
class ReferralPages {

    private final Referrals referrals;
    private final ProviderResponses responses;
    private final ReferralLists lists;
    private final ProviderDirectory directory;
    private final ReferralActors actors;
    private final FormErrors formErrors;
    private final MessageSource messages;

    ReferralPages(
            Referrals referrals,
            ProviderResponses responses,
            ReferralLists lists,
            ProviderDirectory directory,
            ReferralActors actors,
            FormErrors formErrors,
            MessageSource messages) {
        this.referrals = referrals;
        this.responses = responses;
        this.lists = lists;
        this.directory = directory;
        this.actors = actors;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/referrals")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String urgency,
            @RequestParam(defaultValue = "0") int page,
            Authentication user,
            Model model) {
        CaseActor actor = actors.of(user);
        model.addAttribute("overdue", lists.overdue(actor));
        if (actor.has(org.openpathways.accounts.Role.SERVICE_PROVIDER)) {
            ReferralStatus statusFilter =
                    ReferralStatus.ofCode(status == null ? "" : status).orElse(null);
            Urgency urgencyFilter =
                    Urgency.ofCode(urgency == null ? "" : urgency).orElse(null);
            model.addAttribute("status", statusFilter == null ? "" : statusFilter.code());
            model.addAttribute("urgency", urgencyFilter == null ? "" : urgencyFilter.code());
            model.addAttribute("statuses", ReferralStatus.values());
            model.addAttribute("urgencies", Urgency.values());
            model.addAttribute(
                    "inbox",
                    lists.inbox(
                            actor,
                            statusFilter,
                            urgencyFilter,
                            new PageQuery(Math.max(0, Math.min(page, 100_000)), PageQuery.DEFAULT_SIZE)));
            return "referrals/inbox";
        }
        model.addAttribute("sent", lists.sentByOrganisation(actor));
        return "referrals/sent";
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Authentication user, Model model) {
        model.addAttribute("referral", referrals.find(actors.of(user), id));
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", new AnswerPageForm());
        }
        return "referrals/referral";
    }

    @PostMapping("/referrals/{id}/{action:accept|decline|deliver|close}")
    String answer(
            @PathVariable UUID id,
            @PathVariable String action,
            @ModelAttribute("answer") AnswerPageForm answer,
            BindingResult result,
            Authentication user,
            Model model,
            Locale locale) {
        CaseActor actor = actors.of(user);
        try {
            switch (action) {
                case "accept" -> responses.accept(actor, id);
                case "decline" -> responses.decline(actor, id, answer.getReason());
                case "deliver" -> responses.deliver(actor, id, answer.getNote());
                default -> responses.close(actor, id, answer.getReason());
            }
            return "redirect:/referrals/" + id;
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() == 404) {
                throw refused;
            }
            FormErrors.reject(result, refused);
        }
        model.addAttribute("errors", summary(result, locale));
        return referral(id, user, model);
    }

    @GetMapping("/referrals/new")
    String form(@RequestParam("case") UUID caseId, Model model) {
        if (!model.containsAttribute("form")) {
            ReferralPageForm form = new ReferralPageForm();
            form.setCaseId(caseId);
            model.addAttribute("form", form);
        }
        model.addAttribute("providers", directory.search(null, null, null));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("categories", DataCategory.values());
        return "referrals/new";
    }

    @PostMapping("/referrals/new")
    String send(
            @ModelAttribute("form") ReferralPageForm form,
            BindingResult result,
            Authentication user,
            Model model,
            Locale locale) {
        if (form.getCaseId() == null) {
            throw ProblemException.notFound("referrals.case-not-found");
        }
        try {
            return "redirect:/referrals/"
                    + referrals.send(actors.of(user), form.referral()).id();
        } catch (ProblemException refused) {
            if (refused.getStatusCode().value() == 404) {
                throw refused;
            }
            FormErrors.reject(result, refused);
        }
        model.addAttribute("errors", summary(result, locale));
        return form(form.getCaseId(), model);
    }

    @GetMapping("/referrals/overrides")
    String overrides(Authentication user, Model model) {
        model.addAttribute("overrides", lists.overrides(actors.of(user)));
        return "referrals/overrides";
    }

    private List<FormErrors.FieldMessage> summary(BindingResult result, Locale locale) {
        List<FormErrors.FieldMessage> errors = new java.util.ArrayList<>(formErrors.summary(result, locale));
        result.getGlobalErrors()
                .forEach(error ->
                        errors.add(new FormErrors.FieldMessage("main-content", messages.getMessage(error, locale))));
        return errors;
    }
}
