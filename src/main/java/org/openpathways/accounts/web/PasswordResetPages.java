package org.openpathways.accounts.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.openpathways.accounts.Accounts;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords, and the first password of a member created by an administrator. */
@Controller
class PasswordResetPages {

    private final Accounts accounts;
    private final FormErrors formErrors;

    PasswordResetPages(Accounts accounts, FormErrors formErrors) {
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/password-reset")
    String request(@ModelAttribute("form") EmailForm form) {
        return "accounts/password-reset";
    }

    @PostMapping("/password-reset")
    String send(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, Locale locale, Model model) {
        if (!result.hasErrors()) {
            try {
                accounts.requestPasswordReset(form.getEmail());
                return "redirect:/password-reset/check-email";
            } catch (ProblemException refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        return "accounts/password-reset";
    }

    @GetMapping("/password-reset/check-email")
    String checkEmail() {
        return "accounts/password-reset-sent";
    }

    @GetMapping("/password-reset/new")
    String choose(@RequestParam(defaultValue = "") String token, Model model) {
        PasswordForm form = new PasswordForm();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("valid", accounts.passwordLinkValid(token));
        return "accounts/new-password";
    }

    @PostMapping("/password-reset/new")
    String save(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Locale locale, Model model) {
        if (!result.hasErrors() && !form.repeatedCorrectly()) {
            result.rejectValue("passwordAgain", "accounts.password.repeat-differs");
        }
        if (!result.hasErrors()) {
            try {
                accounts.choosePassword(form.getToken(), form.getPassword());
                return "redirect:/login?password-set";
            } catch (ProblemException refused) {
                if ("link-invalid".equals(refused.type())) {
                    model.addAttribute("valid", false);
                    return "accounts/new-password";
                }
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("valid", true);
        model.addAttribute("errors", formErrors.summary(result, locale));
        return "accounts/new-password";
    }
}
