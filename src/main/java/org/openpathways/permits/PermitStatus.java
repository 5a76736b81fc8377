package org.openpathways.permits;

import java.util.Locale;

/** Where a permit stands on a given day. */
public enum PermitStatus {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED;

    /** As the API writes it: {@code valid}, {@code not-yet-valid}, {@code expired}, {@code revoked}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
