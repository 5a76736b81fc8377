package org.openpathways.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.accounts.TwoFactorEnrolment;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.i18n.LanguageResolver;
import org.openpathways.platform.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's own account: details, language, password and second factor. */
@Controller
class AccountPages {

    private static final String ENROLMENT = AccountPages.class.getName() + ".enrolment";

    private final Accounts accounts;
    private final FormErrors formErrors;

    AccountPages(Accounts accounts, FormErrors formErrors) {
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        OwnAccount account = accounts.ownAccount(id(principal));
        model.addAttribute("account", account);
        if (!model.containsAttribute("form")) {
            PreferencesForm form = new PreferencesForm();
            form.setDisplayName(account.displayName());
            form.setLanguage(account.language().code());
            form.setVersion(account.version());
            model.addAttribute("form", form);
        }
        model.addAttribute("languages", Language.values());
        return "accounts/account";
    }

    @PostMapping("/account/preferences")
    String savePreferences(
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        if (!result.hasErrors()) {
            try {
                Language language = Language.ofCode(form.getLanguage()).orElseThrow();
                accounts.updatePreferences(id(principal), form.getVersion(), form.getDisplayName(), language);
                response.addHeader("Set-Cookie", LanguageResolver.cookie(language, request.isSecure()));
                return "redirect:/account?saved";
            } catch (ProblemException refused) {
                FormErrors.reject(result, refused);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                result.reject("accounts.account.changed-meanwhile");
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        model.addAttribute("globalErrors", result.getGlobalErrors());
        return account(principal, model);
    }

    @GetMapping("/account/password")
    String password(@ModelAttribute("form") PasswordForm form) {
        return "accounts/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Principal principal,
            Locale locale,
            Model model) {
        if (!result.hasErrors() && !form.repeatedCorrectly()) {
            result.rejectValue("passwordAgain", "accounts.password.repeat-differs");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(id(principal), form.getCurrentPassword(), form.getPassword());
                return "redirect:/account?password-changed";
            } catch (ProblemException refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        return "accounts/change-password";
    }

    @GetMapping("/account/two-factor")
    String twoFactor(Principal principal, HttpSession session, Model model) {
        OwnAccount account = accounts.ownAccount(id(principal));
        if (account.secondFactorEnrolled()) {
            return "redirect:/account";
        }
        TwoFactorEnrolment enrolment = (TwoFactorEnrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            enrolment = accounts.startSecondFactorEnrolment(account.email());
            session.setAttribute(ENROLMENT, enrolment);
        }
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.provisioningUri()));
        model.addAttribute("signedIn", true);
        return "accounts/second-factor-enrol";
    }

    @PostMapping("/account/two-factor")
    String confirmTwoFactor(
            @RequestParam(defaultValue = "") String code, Principal principal, HttpSession session, Model model) {
        TwoFactorEnrolment enrolment = (TwoFactorEnrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            return "redirect:/account/two-factor";
        }
        try {
            accounts.completeSecondFactorEnrolment(id(principal), enrolment.secret(), code);
            session.removeAttribute(ENROLMENT);
            return "redirect:/account?second-factor-enrolled";
        } catch (ProblemException wrongCode) {
            model.addAttribute("codeError", true);
            return twoFactor(principal, session, model);
        }
    }

    static UUID id(Principal principal) {
        return UUID.fromString(principal.getName());
    }
}
