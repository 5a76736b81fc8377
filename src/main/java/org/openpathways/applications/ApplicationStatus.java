package org.openpathways.applications;

import java.util.Arrays;
import java.util.Locale;

/** Where an application stands. The message {@code applications.status.<code>} names it for people. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    SCREENING,
    ASSESSMENT,
    INFORMATION_REQUESTED,
    /** A caseworker recommends refusal; a supervisor must approve it. */
    RECOMMENDED,
    APPROVED,
    REFUSED,
    /** Refused, and the refusal is under appeal. */
    APPEALED,
    WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Decided, for now or for good: approved, or refused (whether or not under appeal). */
    public boolean decided() {
        return this == APPROVED || this == REFUSED || this == APPEALED;
    }

    public static ApplicationStatus ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status " + code));
    }

    /** Submitted and not yet decided or withdrawn: the statutory clock runs (or is paused) and staff handle it. */
    public boolean pending() {
        return this == SUBMITTED
                || this == SCREENING
                || this == ASSESSMENT
                || this == INFORMATION_REQUESTED
                || this == RECOMMENDED;
    }
}
