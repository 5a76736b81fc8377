package org.openpathways.accounts.domain;

public enum AccountStatus {
    /** Registered or created, not yet usable: the e-mail address is unconfirmed or no password is set. */
    PENDING_CONFIRMATION,
    ACTIVE,
    DISABLED
}
