package org.openpathways.screening.questionnaire;

/** Whether a "yes" (or a weighted answer) adds to the vulnerability or protects from it. */
public enum Factor {
    RISK,
    PROTECTIVE;

    int sign() {
        return this == RISK ? 1 : -1;
    }
}
