package org.openpathways.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.AccountStatus;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.domain.SecondFactorPolicy;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks an e-mail address and password. Unknown addresses cost the same time as known ones, failures count towards
 * a lockout, and an account that needs a second factor is not signed in yet: {@link SecondFactorNeeded} sends the
 * person to the second step.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /**
     * Verified against when the address is unknown, so that the answer takes as long either way. Hashing is slow on
     * purpose, so it runs beside the start-up instead of in its way; a sign-in waits for it only in the first moments.
     */
    private final CompletableFuture<String> decoyHash;

    private final StoredAccounts accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final SecondFactorPolicy secondFactor;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    PasswordSignIn(
            StoredAccounts accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            SecondFactorPolicy secondFactor,
            AuditTrail audit,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.transactions = transactions;
        this.decoyHash = CompletableFuture.supplyAsync(() -> passwords.encode("decoy-password-that-matches-nothing"));
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String emailText = String.valueOf(request.getPrincipal());
        String password = String.valueOf(request.getCredentials());
        String client = clientAddress();
        Optional<EmailAddress> email = EmailAddress.parse(emailText);
        String subject = email.map(EmailAddress::value).orElse(emailText.strip());
        if (throttle.lockedUntil(subject, client).isPresent()) {
            throw new SignInLockedOut();
        }
        Optional<Account> account = email.flatMap(accounts::findByEmail);
        String hash = account.map(Account::passwordHash).orElse(null);
        boolean matches = passwords.matches(password, hash == null ? decoyHash.join() : hash) && hash != null;
        if (!matches) {
            throttle.failed(subject, client);
            account.ifPresent(found -> audit("accounts.sign-in-failed", found));
            throw new BadCredentialsException("Wrong e-mail address or password");
        }
        Account found = account.orElseThrow();
        if (found.status() != AccountStatus.ACTIVE) {
            throw new DisabledException(found.status().name());
        }
        throttle.succeeded(subject);
        if (secondFactor.required(found)) {
            throw new SecondFactorNeeded(found.id(), found.secondFactorEnrolled());
        }
        audit("accounts.signed-in", found);
        SignedInAccount principal = new SignedInAccount(found.id(), found.roles());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void audit(String action, Account account) {
        transactions.executeWithoutResult(status -> audit.record(
                AuditRecord.of(action, "account", account.id(), "sign-in").by("account:" + account.id())));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }
}
