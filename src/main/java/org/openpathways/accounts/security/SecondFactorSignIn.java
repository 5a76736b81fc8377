package org.openpathways.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.TwoFactorEnrolment;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.Totp;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in: a code from the person's authenticator app, or, for a member who has none yet,
 * setting one up. Only when it succeeds is the person signed in, in a new session.
 */
@Component
public class SecondFactorSignIn {

    public enum Result {
        SIGNED_IN,
        WRONG_CODE,
        TOO_MANY_ATTEMPTS,
        NOT_PENDING
    }

    private final StoredAccounts accounts;
    private final Accounts accountService;
    private final AuditTrail audit;
    private final SignInOutcomes outcomes;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(
            StoredAccounts accounts, Accounts accountService, AuditTrail audit, SignInOutcomes outcomes, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.audit = audit;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Whether this session is between password and second factor, and whether the person must first enrol. */
    public Optional<Boolean> pendingEnrolled(HttpServletRequest request) {
        return pending(request).map(PendingSecondFactor::enrolled);
    }

    /** The secret to show to a person setting up their authenticator app during sign-in. */
    public Optional<TwoFactorEnrolment> enrolment(HttpServletRequest request) {
        Optional<PendingSecondFactor> pending = pending(request).filter(p -> !p.enrolled());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        PendingSecondFactor state = pending.get();
        Account account = accounts.find(state.accountId()).orElseThrow();
        TwoFactorEnrolment enrolment = state.enrolmentSecret() == null
                ? accountService.startSecondFactorEnrolment(account.email().value())
                : new TwoFactorEnrolment(
                        state.enrolmentSecret(),
                        Totp.provisioningUri("OpenPathways", account.email().value(), state.enrolmentSecret()));
        request.getSession()
                .setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE, state.withEnrolmentSecret(enrolment.secret()));
        return Optional.of(enrolment);
    }

    @Transactional
    public Result verify(String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingSecondFactor> pending = pending(request);
        if (pending.isEmpty()) {
            return Result.NOT_PENDING;
        }
        PendingSecondFactor state = pending.get();
        Account account = accounts.find(state.accountId()).orElseThrow();
        boolean accepted;
        if (state.enrolled()) {
            var step = Totp.verify(account.totpSecret(), code, clock.instant(), account.totpLastStep());
            step.ifPresent(account::useSecondFactorStep);
            accepted = step.isPresent();
            if (accepted) {
                accounts.update(account);
            }
        } else {
            accepted = enrol(account, state, code);
        }
        if (!accepted) {
            return failed(state, account, request);
        }
        signIn(account, request, response);
        return Result.SIGNED_IN;
    }

    private boolean enrol(Account account, PendingSecondFactor state, String code) {
        String secret = state.enrolmentSecret();
        if (secret == null || Totp.verify(secret, code, clock.instant(), null).isEmpty()) {
            return false;
        }
        accountService.completeSecondFactorEnrolment(account.id(), secret, code);
        return true;
    }

    private Result failed(PendingSecondFactor state, Account account, HttpServletRequest request) {
        PendingSecondFactor next = state.failedOnce();
        audit.record(AuditRecord.of("accounts.second-factor-failed", "account", account.id(), "sign-in")
                .by("account:" + account.id()));
        if (next.exhausted()) {
            request.getSession().removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
            return Result.TOO_MANY_ATTEMPTS;
        }
        request.getSession().setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE, next);
        return Result.WRONG_CODE;
    }

    private void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
        request.changeSessionId();
        SignedInAccount principal = new SignedInAccount(account.id(), account.roles());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        contexts.saveContext(context, request, response);
        audit.record(AuditRecord.of("accounts.signed-in", "account", account.id(), "sign-in")
                .by("account:" + account.id())
                .with("secondFactor", "totp"));
        outcomes.restoreLanguage(request, response, authentication);
    }

    private static Optional<PendingSecondFactor> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((PendingSecondFactor) session.getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE));
    }
}
