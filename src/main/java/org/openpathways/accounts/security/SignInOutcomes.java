package org.openpathways.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openpathways.accounts.Accounts;
import org.openpathways.platform.i18n.LanguageResolver;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Where sign-in leads: the second step, back to the form with the reason, or on into the service. */
@Component
class SignInOutcomes implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private final Accounts accounts;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards;

    SignInOutcomes(Accounts accounts) {
        this.accounts = accounts;
        this.onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        this.onwards.setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof SecondFactorNeeded needed) {
            request.getSession(true);
            request.changeSessionId();
            request.getSession()
                    .setAttribute(
                            PendingSecondFactor.SESSION_ATTRIBUTE,
                            new PendingSecondFactor(needed.accountId(), needed.enrolled(), 0, null));
            response.sendRedirect(
                    request.getContextPath() + (needed.enrolled() ? "/login/two-factor" : "/login/two-factor/enrol"));
            return;
        }
        String reason = exception instanceof SignInLockedOut
                ? "locked"
                : exception instanceof DisabledException disabled
                        ? ("PENDING_CONFIRMATION".equals(disabled.getMessage()) ? "unconfirmed" : "disabled")
                        : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        restoreLanguage(request, response, authentication);
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    /** A signed-in person's pages use the language they chose before, on any device. */
    void restoreLanguage(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        signedIn(authentication).ifPresent(account -> {
            var language = accounts.languageOf(account.id());
            response.addHeader("Set-Cookie", LanguageResolver.cookie(language, request.isSecure()));
        });
    }

    static java.util.Optional<SignedInAccount> signedIn(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal instanceof SignedInAccount account) {
            return java.util.Optional.of(account);
        }
        if (principal instanceof StaffOpenIdUsers.StaffOidcUser user) {
            return java.util.Optional.of(user.account());
        }
        return java.util.Optional.empty();
    }
}
