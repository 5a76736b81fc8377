package org.openpathways.screening.questionnaire;

/** How a question is answered. */
public enum AnswerType {
    YES_NO,
    CHOICE,
    NUMBER
}
