package org.openpathways.accounts.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed attempts: sign-in is refused, even with the right password, until the lockout ends. */
class SignInLockedOut extends LockedException {

    SignInLockedOut() {
        super("Too many failed sign-in attempts");
    }
}
