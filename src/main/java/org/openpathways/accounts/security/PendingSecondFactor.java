package org.openpathways.accounts.security;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Kept in the session between a correct password and the second factor. Nobody is signed in while it exists.
 *
 * @param enrolmentSecret the secret shown to a person setting up their authenticator app, until they confirm it
 */
record PendingSecondFactor(
        UUID accountId,
        boolean enrolled,
        int attempts,
        @Nullable String enrolmentSecret) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSecondFactor.class.getName();
    static final int MAX_ATTEMPTS = 5;

    PendingSecondFactor failedOnce() {
        return new PendingSecondFactor(accountId, enrolled, attempts + 1, enrolmentSecret);
    }

    PendingSecondFactor withEnrolmentSecret(String secret) {
        return new PendingSecondFactor(accountId, enrolled, attempts, secret);
    }

    boolean exhausted() {
        return attempts >= MAX_ATTEMPTS;
    }
}
