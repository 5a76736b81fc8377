package org.openpathways.accounts.security;

import java.util.UUID;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right but the person must still give a second factor (or first set one up). Sign-in is not
 * complete: nobody is signed in until the second step succeeds.
 */
class SecondFactorNeeded extends AuthenticationException {

    private final UUID accountId;
    private final boolean enrolled;

    SecondFactorNeeded(UUID accountId, boolean enrolled) {
        super("A second factor is needed");
        this.accountId = accountId;
        this.enrolled = enrolled;
    }

    UUID accountId() {
        return accountId;
    }

    boolean enrolled() {
        return enrolled;
    }
}
