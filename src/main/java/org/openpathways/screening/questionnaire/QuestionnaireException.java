package org.openpathways.screening.questionnaire;

/** The questionnaire document cannot be used; the message names the question or action at fault and why. */
public class QuestionnaireException extends RuntimeException {

    public QuestionnaireException(String message) {
        super(message);
    }
}
