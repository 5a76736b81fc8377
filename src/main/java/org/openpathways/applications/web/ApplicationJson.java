package org.openpathways.applications.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationView;
import org.openpathways.platform.api.FieldProblem;

/**
 * An application in the API.
 *
 * @param status where it stands: {@code draft}, {@code submitted}, {@code screening}, {@code assessment}, {@code
 *     information-requested}, {@code withdrawn}
 * @param steps each step so far, with when it began
 * @param expectedDecisionDate the last day on which the decision is on time; null for a draft and while the clock is
 *     paused for information
 * @param whatHappensNext what happens next, in the reader's language
 * @param missing what must still be done before it can be submitted
 * @param protectedFromRemoval only for staff: whether the applicant is protected from removal until it is decided
 */
record ApplicationJson(
        String reference,
        String pathway,
        int pathwayVersion,
        String status,
        List<StepJson> steps,
        @Nullable LocalDate expectedDecisionDate,
        boolean clockPaused,
        int extensionDays,
        @Nullable String extensionReason,
        String whatHappensNext,
        List<FieldProblem> missing,
        List<InformationRequestJson> informationRequests,
        @Nullable String eligibility,
        @Nullable Boolean protectedFromRemoval,
        ApplicationDetails details) {

    record StepJson(String step, Instant at) {}

    record InformationRequestJson(
            Instant requestedAt,
            String question,
            @Nullable Instant answeredAt,
            @Nullable String answer) {}

    static ApplicationJson of(ApplicationView view, boolean staff, ApplicationTexts texts, String next, Locale locale) {
        return new ApplicationJson(
                view.reference(),
                view.pathwayCode(),
                view.pathwayVersion(),
                view.status().code(),
                view.steps().stream()
                        .map(step -> new StepJson(step.step().code(), step.at()))
                        .toList(),
                view.dueOn(),
                view.paused(),
                view.extensionDays(),
                view.extensionReason(),
                next,
                texts.problems(view.missing(), locale),
                view.informationRequests().stream()
                        .map(request -> new InformationRequestJson(
                                request.requestedAt(), request.question(), request.answeredAt(), request.answer()))
                        .toList(),
                view.eligibility(),
                staff ? view.protectedFromRemoval() : null,
                view.details());
    }
}
