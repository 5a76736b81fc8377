package org.openpathways.screening.questionnaire;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.Rating;

/**
 * An action the questionnaire requires when its rule holds (and, if set, the rating reaches {@code rating}).
 *
 * @param need the need it answers, or none
 * @param due the time within which it must be done, from the screening
 */
public record ActionRule(
        String code,
        @Nullable String need,
        Duration due,
        Rule when,
        @Nullable Rating rating,
        Texts text) {}
