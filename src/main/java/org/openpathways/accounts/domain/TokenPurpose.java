package org.openpathways.accounts.domain;

import java.time.Duration;

/** Why a one-time link was sent, and how long it stays valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofDays(3)),
    SET_PASSWORD(Duration.ofDays(7)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
