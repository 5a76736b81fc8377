package org.openpathways.accounts.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.Registration;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registering as an applicant and confirming the e-mail address. */
@Controller
class RegistrationPages {

    private final Accounts accounts;
    private final FormErrors formErrors;

    RegistrationPages(Accounts accounts, FormErrors formErrors) {
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") RegistrationForm form) {
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Locale locale, Model model) {
        PasswordCheck.check(result, "password", form.getPassword(), form.getEmail());
        if (!result.hasErrors()) {
            try {
                accounts.register(new Registration(
                        form.getEmail(), form.getPassword(), form.getDisplayName(), Language.of(locale)));
                return "redirect:/register/check-email";
            } catch (ProblemException refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("errors", formErrors.summary(result, locale));
        return "accounts/register";
    }

    @GetMapping("/register/check-email")
    String checkEmail() {
        return "accounts/check-email";
    }

    @GetMapping("/register/confirm")
    String confirmation(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", accounts.confirmationLinkValid(token));
        return "accounts/confirm";
    }

    @PostMapping("/register/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        try {
            accounts.confirmEmail(token);
            return "redirect:/login?confirmed";
        } catch (ProblemException invalid) {
            model.addAttribute("token", token);
            model.addAttribute("valid", false);
            return "accounts/confirm";
        }
    }
}
