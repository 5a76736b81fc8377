package org.openpathways.screening.questionnaire;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A condition on one answer: it equals {@code is} ({@code yes}, {@code no} or an option's code), or, for a number
 * question, is at least {@code atLeast}.
 */
public record Condition(
        String question, @Nullable String is, @Nullable Integer atLeast) {

    boolean holds(Map<String, String> answers, Question asked) {
        String answer = answers.get(question);
        if (answer == null) {
            return false;
        }
        if (is != null) {
            return is.equals(answer);
        }
        Integer value = asked.number(answer);
        return atLeast != null && value != null && value >= atLeast;
    }
}
