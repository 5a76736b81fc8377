package org.openpathways.accounts.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openpathways.accounts.persistence.SignInFailures;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failures within a window, the address (whether or not it has an
 * account) and, with a higher limit, the client's network address are locked out for a while. Subjects are stored as
 * keyed hashes, never as addresses.
 */
@Component
class SignInThrottle {

    private final SignInFailures failures;
    private final FieldEncryption encryption;
    private final Clock clock;
    private final int accountLimit;
    private final int clientLimit;
    private final Duration window;
    private final Duration lockout;

    SignInThrottle(
            SignInFailures failures,
            FieldEncryption encryption,
            Clock clock,
            @Value("${openpathways.security.sign-in.max-failures:5}") int accountLimit,
            @Value("${openpathways.security.sign-in.max-failures-per-client:50}") int clientLimit,
            @Value("${openpathways.security.sign-in.failure-window:15m}") Duration window,
            @Value("${openpathways.security.sign-in.lockout:15m}") Duration lockout) {
        this.failures = failures;
        this.encryption = encryption;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.clientLimit = clientLimit;
        this.window = window;
        this.lockout = lockout;
    }

    /** When the address or client may try again, if either is locked out now. */
    Optional<Instant> lockedUntil(String normalisedEmail, String clientAddress) {
        Instant now = clock.instant();
        return failures.lockedUntil(accountSubject(normalisedEmail), now)
                .or(() -> failures.lockedUntil(clientSubject(clientAddress), now));
    }

    void failed(String normalisedEmail, String clientAddress) {
        Instant now = clock.instant();
        failures.recordFailure(accountSubject(normalisedEmail), now, accountLimit, window, lockout);
        failures.recordFailure(clientSubject(clientAddress), now, clientLimit, window, lockout);
    }

    void succeeded(String normalisedEmail) {
        failures.clear(accountSubject(normalisedEmail));
    }

    Duration lockout() {
        return lockout;
    }

    private String accountSubject(String normalisedEmail) {
        return "account:" + encryption.blindIndex(normalisedEmail, "accounts_sign_in_failure.account");
    }

    private String clientSubject(String clientAddress) {
        return "client:" + encryption.blindIndex(clientAddress, "accounts_sign_in_failure.client");
    }
}
