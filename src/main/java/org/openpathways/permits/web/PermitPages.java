package org.openpathways.permits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openpathways.permits.PermitReader;
import org.openpathways.permits.PermitTypes;
import org.openpathways.permits.PermitView;
import org.openpathways.permits.Permits;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.Versioned;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.Dates;
import org.openpathways.platform.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The holder's permits, the printable permit document, and the supervisors' revocation form. */
@Controller
@RequestMapping("/permits")
class PermitPages {

    private final Permits permits;
    private final PermitTypes types;
    private final Dates dates;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final String publicUrl;
    private final Clock clock;

    PermitPages(
            Permits permits,
            PermitTypes types,
            Dates dates,
            FormErrors formErrors,
            MessageSource messages,
            @Value("${openpathways.public-url}") String publicUrl,
            Clock clock) {
        this.clock = clock;
        this.permits = permits;
        this.types = types;
        this.dates = dates;
        this.formErrors = formErrors;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String list(Authentication authentication, Model model, Locale locale) {
        List<PermitPage> own = permits.ownPermits(Readers.of(authentication)).stream()
                .map(permit -> page(permit, locale))
                .toList();
        model.addAttribute("permits", own);
        return "permits/list";
    }

    @GetMapping("/{number}")
    String document(
            @PathVariable String number,
            @RequestParam(defaultValue = "permit-check") String purpose,
            Authentication authentication,
            Model model,
            Locale locale) {
        PermitReader reader = Readers.of(authentication);
        PermitView permit = permits.permit(number, reader, purpose);
        String verificationUrl = verificationUrl(permit);
        model.addAttribute("permit", page(permit, locale));
        model.addAttribute("verificationUrl", verificationUrl);
        model.addAttribute(
                "qrCode", QrCode.svg(verificationUrl, messages.getMessage("permits.document.qr-label", null, locale)));
        model.addAttribute("mayRevoke", reader.mayRevoke() && permit.revocation() == null);
        model.addAttribute("staffView", !permit.holderAccountId().equals(reader.accountId()));
        model.addAttribute(
                "mayRenew",
                permit.holderAccountId().equals(reader.accountId())
                        && permit.renewable()
                        && permit.revocation() == null
                        && permit.renewalOpensOn() != null
                        && !LocalDate.ofInstant(clock.instant(), dates.zone()).isBefore(permit.renewalOpensOn()));
        return "permits/document";
    }

    @GetMapping("/{number}/revocation")
    String revocationForm(@PathVariable String number, Authentication authentication, Model model, Locale locale) {
        PermitView permit = permits.permit(number, Readers.of(authentication), "revocation");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RevocationPageForm());
        }
        return revocationPage(permit, model, locale);
    }

    @PostMapping("/{number}/revocation")
    String revoke(
            @PathVariable String number,
            @Valid @ModelAttribute("form") RevocationPageForm form,
            BindingResult result,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        PermitReader reader = Readers.of(authentication);
        PermitView permit = permits.permit(number, reader, "revocation");
        if (!result.hasErrors()) {
            try {
                permits.revoke(number, form.revocation(), IfMatch.of(Versioned.eTag(form.getVersion())), reader);
                return "redirect:/permits/" + permit.number().value() + "?revoked";
            } catch (ProblemException refused) {
                if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                    throw refused;
                }
                reject(result, refused);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                result.reject("problem.permits.changed-meanwhile.detail");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", formErrors.summary(result, locale));
        model.addAttribute("globalErrors", result.getGlobalErrors());
        return revocationPage(permit, model, locale);
    }

    /**
     * Refusals outside the revocation form (an unknown permit, one that is not the visitor's) end on the shared,
     * translated error page rather than as problem details.
     */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private void reject(BindingResult result, ProblemException refused) {
        switch (refused.type()) {
            case "precondition-failed", "precondition-required" ->
                result.reject("problem.permits.changed-meanwhile.detail");
            case "permits.revocation-blocked" -> {
                Object reason = refused.getBody().getProperties() == null
                        ? null
                        : refused.getBody().getProperties().get("reason");
                result.reject(reason == null ? "problem.permits.revocation-blocked.detail" : reason.toString());
            }
            default -> FormErrors.reject(result, refused);
        }
    }

    private String revocationPage(PermitView permit, Model model, Locale locale) {
        model.addAttribute("permit", page(permit, locale));
        model.addAttribute("grounds", permits.revocationGrounds());
        return "permits/revoke";
    }

    private PermitPage page(PermitView permit, Locale locale) {
        Language language = Readers.language(locale);
        return PermitPage.of(
                permit,
                types.name(permit.pathwayCode(), language),
                types.rightsInWords(permit.pathwayCode(), language),
                dates);
    }

    private String verificationUrl(PermitView permit) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + VerificationPages.PATH + "/" + permit.number().value();
    }
}
