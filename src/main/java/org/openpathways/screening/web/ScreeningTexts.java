package org.openpathways.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.Questionnaires;
import org.openpathways.screening.RequiredAction;
import org.openpathways.screening.ScreeningView;
import org.openpathways.screening.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;

/** The questionnaire's own texts (kept in its document, in four languages) in the reader's language. */
@Component
class ScreeningTexts {

    private final Questionnaires questionnaires;

    ScreeningTexts(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** The questions by level, each with its text, options and the answer given. */
    List<LevelShown> levels(Map<String, String> answers, Map<String, String> problems, Locale locale) {
        String language = locale.getLanguage();
        List<LevelShown> levels = new ArrayList<>();
        questionnaires
                .current()
                .byLevel()
                .forEach((level, questions) -> levels.add(new LevelShown(
                        level.code(),
                        questions.stream()
                                .map(question -> new QuestionShown(
                                        question.code(),
                                        question.text().in(language),
                                        question.type().name(),
                                        question.factor().name(),
                                        question.required(),
                                        question.options().stream()
                                                .map(option -> new OptionShown(
                                                        option.code(),
                                                        option.text().in(language)))
                                                .toList(),
                                        question.min(),
                                        question.max(),
                                        answers.get(question.code()),
                                        problems.get(question.code())))
                                .toList())));
        return levels;
    }

    /** The answers of a screening grouped by level, with texts; questions not answered are left out. */
    List<LevelShown> answered(ScreeningView screening, Locale locale) {
        Map<String, String> answers = screening.answers() == null ? Map.of() : screening.answers();
        List<LevelShown> all = levels(answers, Map.of(), locale);
        List<LevelShown> answered = new ArrayList<>();
        for (LevelShown level : all) {
            List<QuestionShown> questions = level.questions().stream()
                    .filter(question -> question.answer() != null)
                    .toList();
            if (!questions.isEmpty()) {
                answered.add(new LevelShown(level.code(), questions));
            }
        }
        return answered;
    }

    /** The text of a required action, or its code when the questionnaire in use no longer has it. */
    public String action(RequiredAction action, Locale locale) {
        return questionnaires
                .current()
                .action(action.code())
                .map(rule -> rule.text().in(locale.getLanguage()))
                .orElse(action.code());
    }

    /** The text of a question, or its code. */
    String question(String code, Locale locale) {
        return questionnaires
                .current()
                .question(code)
                .map(q -> q.text().in(locale.getLanguage()))
                .orElse(code);
    }

    /** The text of a choice's option, or the answer itself. */
    public String answer(String code, String answer, Locale locale) {
        return questionnaires.current().question(code).stream()
                .flatMap(q -> q.options().stream())
                .filter(option -> option.code().equals(answer))
                .map(option -> option.text().in(locale.getLanguage()))
                .findFirst()
                .orElse(answer);
    }

    Questionnaire questionnaire() {
        return questionnaires.current();
    }

    record LevelShown(String code, List<QuestionShown> questions) {}

    record QuestionShown(
            String code,
            String text,
            String type,
            String factor,
            boolean required,
            List<OptionShown> options,
            int min,
            int max,
            @Nullable String answer,
            @Nullable String problem) {}

    record OptionShown(String code, String text) {}
}
