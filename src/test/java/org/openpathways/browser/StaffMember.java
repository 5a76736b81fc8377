package org.openpathways.browser;

import java.time.Instant;
import org.openpathways.accounts.Role;

/**
 * A member of staff in a journey: the address and password they chose and the authenticator app they enrolled. The
 * application never accepts a code twice (it remembers the step of the last accepted one), so the member remembers it
 * too and signs in with the code of a later step, one step ahead at most (the drift the application allows).
 */
final class StaffMember {

    private final String address;
    private final String password;
    private final Role role;
    private AuthenticatorApp app;
    private long lastStep = Long.MIN_VALUE;

    StaffMember(String address, String password, Role role) {
        this.address = address;
        this.password = password;
        this.role = role;
    }

    String address() {
        return address;
    }

    String password() {
        return password;
    }

    Role role() {
        return role;
    }

    void enrolled(AuthenticatorApp app) {
        this.app = app;
    }

    /** The code of the current step, or of the next one when the current one was already spent. */
    String nextCode() {
        if (app == null) {
            throw new IllegalStateException(address + " has not enrolled an authenticator app yet");
        }
        long now = Instant.now().getEpochSecond() / 30;
        long step = Math.max(now, lastStep + 1);
        if (step > now + 1) {
            throw new IllegalStateException("two sign-ins of " + address + " within one 30-second step");
        }
        lastStep = step;
        return app.code(step, 6);
    }
}
