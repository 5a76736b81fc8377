package org.openpathways.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.accounts.domain.SecondFactorPolicy;
import org.openpathways.accounts.security.SecondFactorSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and its second step. The password itself is checked by Spring Security's form login. */
@Controller
class SignInPages {

    private final SecondFactorSignIn secondFactor;
    private final SecondFactorPolicy policy;
    private final ObjectProvider<ClientRegistrationRepository> openIdProviders;

    SignInPages(
            SecondFactorSignIn secondFactor,
            SecondFactorPolicy policy,
            ObjectProvider<ClientRegistrationRepository> openIdProviders) {
        this.secondFactor = secondFactor;
        this.policy = policy;
        this.openIdProviders = openIdProviders;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        String notice = null;
        String error = null;
        for (String flag : List.of("confirmed", "password-set", "signed-out")) {
            if (request.getParameter(flag) != null) {
                notice = "accounts.sign-in.notice." + flag;
            }
        }
        for (String flag :
                List.of("error", "locked", "unconfirmed", "disabled", "openid-refused", "second-factor-locked")) {
            if (request.getParameter(flag) != null) {
                error = "accounts.sign-in.error." + flag;
            }
        }
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        model.addAttribute("secondFactorWaived", policy.waivedForMembers());
        model.addAttribute("openIdProviders", providers());
        return "accounts/sign-in";
    }

    @GetMapping("/login/two-factor")
    String code(HttpServletRequest request) {
        return secondFactor
                        .pendingEnrolled(request)
                        .filter(Boolean::booleanValue)
                        .isPresent()
                ? "accounts/second-factor"
                : "redirect:/login";
    }

    @PostMapping("/login/two-factor")
    String verify(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return outcome(secondFactor.verify(code, request, response), "accounts/second-factor", request, model);
    }

    @GetMapping("/login/two-factor/enrol")
    String enrol(HttpServletRequest request, Model model) {
        return secondFactor
                .enrolment(request)
                .map(enrolment -> {
                    model.addAttribute("enrolment", enrolment);
                    model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.provisioningUri()));
                    return "accounts/second-factor-enrol";
                })
                .orElse("redirect:/login");
    }

    @PostMapping("/login/two-factor/enrol")
    String confirmEnrolment(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SecondFactorSignIn.Result result = secondFactor.verify(code, request, response);
        if (result == SecondFactorSignIn.Result.WRONG_CODE) {
            return enrolWithError(request, model);
        }
        return outcome(result, "accounts/second-factor-enrol", request, model);
    }

    private String enrolWithError(HttpServletRequest request, Model model) {
        model.addAttribute("codeError", true);
        return enrol(request, model);
    }

    private static String outcome(
            SecondFactorSignIn.Result result, String page, HttpServletRequest request, Model model) {
        return switch (result) {
            case SIGNED_IN -> "redirect:/account";
            case WRONG_CODE -> {
                model.addAttribute("codeError", true);
                yield page;
            }
            case TOO_MANY_ATTEMPTS -> "redirect:/login?second-factor-locked";
            case NOT_PENDING -> "redirect:/login";
        };
    }

    private List<ClientRegistration> providers() {
        List<ClientRegistration> providers = new ArrayList<>();
        ClientRegistrationRepository repository = openIdProviders.getIfAvailable();
        if (repository instanceof Iterable<?> registrations) {
            registrations.forEach(registration -> providers.add((ClientRegistration) registration));
        }
        return providers;
    }
}
