package org.openpathways.screening.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * When a rule applies: any of {@code any} holds (or {@code any} is empty) and all of {@code all} hold. A rule with no
 * conditions at all applies always.
 */
public record Rule(List<Condition> any, List<Condition> all) {

    public Rule {
        any = List.copyOf(any);
        all = List.copyOf(all);
    }

    boolean holds(Map<String, String> answers, Map<String, Question> questions) {
        boolean anyHolds = any.isEmpty() || any.stream().anyMatch(c -> c.holds(answers, questions.get(c.question())));
        return anyHolds && all.stream().allMatch(c -> c.holds(answers, questions.get(c.question())));
    }
}
