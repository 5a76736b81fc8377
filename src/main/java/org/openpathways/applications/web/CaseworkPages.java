package org.openpathways.applications.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpathways.applications.Actor;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.ApplicationStatus;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.openpathways.applications.Casework;
import org.openpathways.applications.Decisions;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.RuleTexts;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseworkers' and supervisors' pages: the queue by deadline, a case, and what can be done with it. */
@Controller
class CaseworkPages {

    private final Applications applications;
    private final Casework casework;
    private final PathwayCatalogue catalogue;
    private final ApplicationTexts texts;
    private final Decisions decisions;
    private final RuleTexts rules;

    CaseworkPages(
            Applications applications,
            PathwayCatalogue catalogue,
            ApplicationTexts texts,
            Decisions decisions,
            RuleTexts rules,
            Casework casework) {
        this.applications = applications;
        this.casework = casework;
        this.catalogue = catalogue;
        this.texts = texts;
        this.decisions = decisions;
        this.rules = rules;
    }

    @GetMapping("/casework")
    String queue(Authentication authentication, Model model) {
        model.addAttribute("entries", casework.queue(Actors.of(authentication)));
        return "applications/casework";
    }

    @GetMapping("/casework/{reference}")
    String show(@PathVariable String reference, Authentication authentication, Model model, Locale locale) {
        return casePage(
                applications.find(Actors.of(authentication), reference), Actors.of(authentication), model, locale);
    }

    @PostMapping("/casework/{reference}/take")
    String take(@PathVariable String reference, Authentication authentication) {
        casework.take(Actors.of(authentication), reference);
        return "redirect:/casework/" + reference;
    }

    @PostMapping("/casework/{reference}/assess")
    String assess(@PathVariable String reference, Authentication authentication) {
        casework.startAssessment(Actors.of(authentication), reference);
        return "redirect:/casework/" + reference;
    }

    @PostMapping("/casework/{reference}/request")
    String request(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String question,
            Authentication authentication,
            Model model,
            Locale locale) {
        Actor actor = Actors.of(authentication);
        try {
            casework.requestInformation(actor, reference, question);
        } catch (ApplicationRefused refused) {
            return refusedPage(actor, reference, refused, model, locale);
        }
        return "redirect:/casework/" + reference;
    }

    @PostMapping("/casework/{reference}/extend")
    String extend(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            Model model,
            Locale locale) {
        Actor actor = Actors.of(authentication);
        try {
            casework.extend(actor, reference, reason);
        } catch (ApplicationRefused refused) {
            return refusedPage(actor, reference, refused, model, locale);
        }
        return "redirect:/casework/" + reference;
    }

    private String refusedPage(Actor actor, String reference, ApplicationRefused refused, Model model, Locale locale) {
        List<FieldMessage> errors = refused.items().stream()
                .map(item -> new FieldMessage(item.field(), texts.message(item, locale)))
                .toList();
        model.addAttribute("errors", errors);
        return casePage(applications.find(actor, reference), actor, model, locale);
    }

    /** The failed criteria of the pinned rules, by position, in the reader's words. */
    private Map<String, String> failedCriteria(Actor actor, String reference, Locale locale) {
        Map<String, String> failed = new LinkedHashMap<>();
        decisions
                .failedCriteria(actor, reference)
                .forEach((position, explanation) -> failed.put(position, rules.reason(explanation.reason(), locale)));
        return failed;
    }

    private String casePage(ApplicationView view, Actor actor, Model model, Locale locale) {
        model.addAttribute("current", view);
        boolean mine = actor.account().equals(view.assignedTo());
        model.addAttribute("mine", mine);
        if (mine && view.status() == ApplicationStatus.ASSESSMENT) {
            Map<String, String> failed = new LinkedHashMap<>();
            decisions
                    .failedCriteria(actor, view.reference())
                    .forEach((position, explanation) ->
                            failed.put(position, rules.reason(explanation.reason(), locale)));
            model.addAttribute("failedCriteria", failed);
            model.addAttribute("grounds", decisions.refusalGrounds());
        }
        decisions.awaitingRecommendation(actor, view.reference()).ifPresent(awaiting -> {
            Map<String, String> failed = new LinkedHashMap<>();
            decisions
                    .failedCriteria(actor, view.reference())
                    .forEach((position, explanation) ->
                            failed.put(position, rules.reason(explanation.reason(), locale)));
            model.addAttribute("awaiting", awaiting);
            model.addAttribute(
                    "awaitingCriteria",
                    awaiting.criteria().stream()
                            .map(failed::get)
                            .filter(text -> text != null)
                            .toList());
            model.addAttribute("ownRecommendation", awaiting.recommendedBy().equals(actor.account()));
        });
        model.addAttribute(
                "title",
                catalogue
                        .publishedPathway(view.pathwayCode(), Language.of(locale))
                        .map(details -> details.text().title())
                        .orElse(view.pathwayCode()));
        return "applications/case";
    }
}
