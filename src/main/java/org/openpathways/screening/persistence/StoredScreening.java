package org.openpathways.screening.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.ScreeningResult;

/** A screening as stored. */
public record StoredScreening(
        UUID id,
        UUID caseId,
        @Nullable String applicationReference,
        String questionnaireId,
        int questionnaireVersion,
        Map<String, String> answers,
        ScreeningResult result,
        UUID screenedBy,
        Instant screenedAt) {

    public StoredScreening {
        answers = Map.copyOf(answers);
    }
}
