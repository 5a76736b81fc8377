package org.openpathways.screening.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpathways.screening.Needs;
import org.openpathways.screening.Rating;
import org.openpathways.screening.RequiredAction;
import org.openpathways.screening.ScreeningResult;

/**
 * A version of the screening questionnaire: its questions, grouped by level in the order asked, and the rules that
 * rate the answers. Built and checked by {@link QuestionnaireReader}.
 *
 * @param medium the score from which the rating is medium
 * @param high the score from which the rating is high
 */
public record Questionnaire(
        String id,
        int version,
        List<Question> questions,
        int medium,
        int high,
        List<Escalation> escalations,
        List<ActionRule> actions) {

    /** The action that calls a child-protection officer; every questionnaire has it, children's cases require it. */
    public static final String CHILD_PROTECTION_OFFICER = "child-protection-officer";

    public Questionnaire {
        questions = List.copyOf(questions);
        escalations = List.copyOf(escalations);
        actions = List.copyOf(actions);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public Optional<ActionRule> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The questions of each level, levels in order, questions in the order of the document. */
    public Map<Level, List<Question>> byLevel() {
        Map<Level, List<Question>> levels = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            List<Question> asked =
                    questions.stream().filter(q -> q.level() == level).toList();
            if (!asked.isEmpty()) {
                levels.put(level, asked);
            }
        }
        return levels;
    }

    /** Each answer that cannot be accepted, by question code: {@code missing}, {@code invalid} or {@code unknown}. */
    public Map<String, String> problems(Map<String, String> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : questions) {
            question.problem(answers.get(question.code())).ifPresent(p -> problems.put(question.code(), p));
        }
        for (String code : answers.keySet()) {
            if (question(code).isEmpty()) {
                problems.put(code, "unknown");
            }
        }
        return problems;
    }

    /**
     * Rates valid answers (see {@link #problems}); blank answers count as unanswered.
     *
     * @param at when the screening was made, from which the actions are due
     */
    public ScreeningResult rate(Map<String, String> answers, Instant at) {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((code, answer) -> {
            if (answer != null && !answer.isBlank()) {
                given.put(code, answer);
            }
        });
        Map<String, Question> byCode = new LinkedHashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        int score = Math.max(
                0,
                questions.stream().mapToInt(q -> q.weigh(given.get(q.code()))).sum());
        Rating rating = score >= high ? Rating.HIGH : score >= medium ? Rating.MEDIUM : Rating.LOW;
        for (Escalation escalation : escalations) {
            if (escalation.when().holds(given, byCode) && !rating.atLeast(escalation.rating())) {
                rating = escalation.rating();
            }
        }
        List<RequiredAction> required = new ArrayList<>();
        for (ActionRule action : actions) {
            boolean reached = action.rating() == null || rating.atLeast(action.rating());
            if (reached && action.when().holds(given, byCode)) {
                required.add(new RequiredAction(action.code(), action.need(), at.plus(action.due())));
            }
        }
        return new ScreeningResult(rating, score, needs(required), required);
    }

    /** The result with the child-protection officer required, for a child's case whatever the answers said. */
    public ScreeningResult forAChild(ScreeningResult result, Instant at) {
        if (result.requires(CHILD_PROTECTION_OFFICER)) {
            return result;
        }
        ActionRule officer = action(CHILD_PROTECTION_OFFICER).orElseThrow();
        List<RequiredAction> actions = new ArrayList<>(result.actions());
        actions.add(0, new RequiredAction(officer.code(), officer.need(), at.plus(officer.due())));
        Rating rating = result.rating().atLeast(Rating.MEDIUM) ? result.rating() : Rating.MEDIUM;
        return new ScreeningResult(rating, result.score(), needs(actions), actions);
    }

    /**
     * The result with the child-protection officer the case already requires (due from when it became a child's) in
     * place of one the answers would call now, so that the screening and the case tell the same due time.
     */
    public ScreeningResult forAChild(ScreeningResult result, RequiredAction officer) {
        List<RequiredAction> actions = new ArrayList<>();
        actions.add(officer);
        result.actions().stream()
                .filter(action -> !action.code().equals(officer.code()))
                .forEach(actions::add);
        Rating rating = result.rating().atLeast(Rating.MEDIUM) ? result.rating() : Rating.MEDIUM;
        return new ScreeningResult(rating, result.score(), needs(actions), actions);
    }

    private static List<String> needs(List<RequiredAction> actions) {
        return Needs.ALL.stream()
                .filter(need -> actions.stream().anyMatch(a -> need.equals(a.need())))
                .toList();
    }
}
