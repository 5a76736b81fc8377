package org.openpathways.applications.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.Actor;
import org.openpathways.applications.AppealOutcome;
import org.openpathways.applications.Appeals;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.Decisions;
import org.openpathways.applications.Recommendation;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decision pages: the letter (page and PDF), the applicant's appeal, the caseworker's recommendation, the supervisor's
 * approval, and the reviewer's appeals.
 */
@Controller
class DecisionPages {

    private final Decisions decisions;
    private final Appeals appeals;
    private final LetterTexts letters;
    private final LetterPdf pdf;
    private final MessageSource messages;
    private final ApplicationTexts texts;

    DecisionPages(
            Decisions decisions,
            LetterTexts letters,
            LetterPdf pdf,
            MessageSource messages,
            ApplicationTexts texts,
            Appeals appeals) {
        this.decisions = decisions;
        this.appeals = appeals;
        this.letters = letters;
        this.pdf = pdf;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/applications/{reference}/letter")
    String letter(@PathVariable String reference, Authentication authentication, Model model, Locale locale) {
        model.addAttribute("letter", letters.write(decisions.letter(Actors.of(authentication), reference), locale));
        return "applications/letter";
    }

    @GetMapping("/applications/{reference}/letter.pdf")
    ResponseEntity<byte[]> letterPdf(@PathVariable String reference, Authentication authentication, Locale locale) {
        var letter = letters.write(decisions.letter(Actors.of(authentication), reference), locale);
        byte[] document = pdf.write(
                letter,
                messages.getMessage("service.name", null, locale),
                messages.getMessage("applications.letter.reasons", null, locale),
                messages.getMessage("applications.letter.appeal", null, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("decision-" + letter.reference() + "-" + letter.language() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    @PostMapping("/applications/{reference}/appeal")
    String appeal(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String grounds,
            @RequestParam(required = false) @Nullable String lateReason,
            Authentication authentication,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            appeals.appeal(Actors.of(authentication), reference, grounds, lateReason);
        } catch (ApplicationRefused refused) {
            redirect.addFlashAttribute("errors", messages(refused, locale));
            redirect.addFlashAttribute("appealGrounds", grounds);
            return "redirect:/applications/" + reference;
        }
        redirect.addFlashAttribute("appealed", true);
        return "redirect:/applications/" + reference;
    }

    @PostMapping("/casework/{reference}/recommend")
    String recommend(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") List<String> criteria,
            @RequestParam(defaultValue = "") List<String> grounds,
            @RequestParam(required = false) @Nullable String freeText,
            Authentication authentication,
            RedirectAttributes redirect,
            Locale locale) {
        Recommendation.Outcome chosen;
        try {
            chosen = Recommendation.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException none) {
            redirect.addFlashAttribute(
                    "errors",
                    List.of(new FieldMessage(
                            "outcome-approve", messages.getMessage("applications.missing.outcome", null, locale))));
            return "redirect:/casework/" + reference;
        }
        try {
            decisions.recommend(
                    Actors.of(authentication), reference, new Recommendation(chosen, criteria, grounds, freeText));
        } catch (ApplicationRefused refused) {
            redirect.addFlashAttribute("errors", messages(refused, locale));
        }
        return "redirect:/casework/" + reference;
    }

    @PostMapping("/casework/{reference}/approve-refusal")
    String approveRefusal(@PathVariable String reference, Authentication authentication) {
        decisions.approveRefusal(Actors.of(authentication), reference);
        return "redirect:/casework/" + reference;
    }

    @PostMapping("/casework/{reference}/return")
    String returnRecommendation(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String comment,
            Authentication authentication,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            decisions.returnRecommendation(Actors.of(authentication), reference, comment);
        } catch (ApplicationRefused refused) {
            redirect.addFlashAttribute("errors", messages(refused, locale));
        }
        return "redirect:/casework/" + reference;
    }

    @GetMapping("/casework/approvals")
    String approvals(Authentication authentication, Model model) {
        model.addAttribute("entries", decisions.awaitingApproval(Actors.of(authentication)));
        return "applications/approvals";
    }

    @GetMapping("/appeals")
    String appeals(Authentication authentication, Model model) {
        model.addAttribute("entries", appeals.pendingAppeals(Actors.of(authentication)));
        return "applications/appeals";
    }

    @GetMapping("/appeals/{reference}")
    String appealPage(@PathVariable String reference, Authentication authentication, Model model, Locale locale) {
        Actor reviewer = Actors.of(authentication);
        var appeal = appeals.appealOf(reviewer, reference)
                .orElseThrow(() -> ProblemException.notFound("applications.not-found"));
        model.addAttribute("appeal", appeal);
        model.addAttribute("mine", reviewer.account().equals(appeal.reviewer()));
        model.addAttribute("letter", letters.write(decisions.letter(reviewer, reference), locale));
        return "applications/appeal";
    }

    @PostMapping("/appeals/{reference}/take")
    String take(@PathVariable String reference, Authentication authentication) {
        appeals.takeAppeal(Actors.of(authentication), reference);
        return "redirect:/appeals/" + reference;
    }

    @PostMapping("/appeals/{reference}/admission")
    String admit(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String admit,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            appeals.admitLateAppeal(Actors.of(authentication), reference, "yes".equals(admit), reason);
        } catch (ApplicationRefused refused) {
            redirect.addFlashAttribute("errors", messages(refused, locale));
        }
        return "redirect:/appeals/" + reference;
    }

    @PostMapping("/appeals/{reference}/decision")
    String decide(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reason,
            Authentication authentication,
            RedirectAttributes redirect,
            Locale locale) {
        AppealOutcome chosen;
        try {
            chosen = AppealOutcome.valueOf(outcome.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException none) {
            redirect.addFlashAttribute(
                    "errors",
                    List.of(new FieldMessage(
                            "outcome-upheld", messages.getMessage("applications.missing.outcome", null, locale))));
            return "redirect:/appeals/" + reference;
        }
        try {
            appeals.decideAppeal(Actors.of(authentication), reference, chosen, reason);
        } catch (ApplicationRefused refused) {
            redirect.addFlashAttribute("errors", messages(refused, locale));
        }
        return "redirect:/appeals/" + reference;
    }

    private List<FieldMessage> messages(ApplicationRefused refused, Locale locale) {
        return refused.items().stream()
                .map(item -> new FieldMessage(item.field(), texts.message(item, locale)))
                .toList();
    }
}
