package org.openpathways.applications;

import java.util.Locale;

/** What a reviewer decides on an appeal. */
public enum AppealOutcome {
    /** The refusal stands. */
    UPHELD,
    /** The refusal is overturned: the application is approved and the permit issued. */
    OVERTURNED,
    /** The application goes back for a new assessment; the statutory clock starts again. */
    SENT_BACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
