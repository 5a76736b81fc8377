package org.openpathways.screening.questionnaire;

import java.util.Locale;

/** The levels of IOM's determinants of migrant vulnerability model, in the order a questionnaire asks them. */
public enum Level {
    INDIVIDUAL,
    HOUSEHOLD,
    COMMUNITY,
    STRUCTURAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
