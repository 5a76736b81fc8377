package org.openpathways.screening.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.ScreeningView;

/**
 * A screening in the API: the result for everyone who may see the case, the answers only for screening roles.
 *
 * @param answers by question code; absent when the caller may see only the result
 */
record ScreeningJson(
        UUID id,
        UUID caseId,
        @Nullable String applicationReference,
        String questionnaire,
        int questionnaireVersion,
        String rating,
        int score,
        List<String> needs,
        List<Action> actions,
        Instant screenedAt,
        @Nullable Map<String, String> answers) {

    record Action(String code, @Nullable String need, Instant dueAt, String text) {}

    static ScreeningJson of(ScreeningView view, ScreeningTexts texts, Locale locale) {
        return new ScreeningJson(
                view.id(),
                view.caseId(),
                view.applicationReference(),
                view.questionnaireId(),
                view.questionnaireVersion(),
                view.result().rating().code(),
                view.result().score(),
                view.result().needs(),
                view.result().actions().stream()
                        .map(action ->
                                new Action(action.code(), action.need(), action.dueAt(), texts.action(action, locale)))
                        .toList(),
                view.screenedAt(),
                view.answers());
    }
}
