package org.openpathways.applications;

import java.util.Locale;

/**
 * The steps of an application's handling as the applicant sees them, in order. An application may go through
 * {@link #INFORMATION_REQUESTED} several times, or never. The message {@code applications.step.<code>} names each.
 */
public enum Step {
    RECEIVED,
    SCREENING,
    ASSESSMENT,
    INFORMATION_REQUESTED,
    INFORMATION_RECEIVED,
    WITHDRAWN,
    DECISION,
    APPEAL_FILED,
    APPEAL_DECIDED,
    /** The appeal sent the application back for a new assessment; the clock starts again. */
    REASSESSMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Step ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
