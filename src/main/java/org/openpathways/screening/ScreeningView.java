package org.openpathways.screening;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A screening as one reader may see it: the result always, the answers only for the roles that may read them.
 *
 * @param answers by question code; {@code null} when the reader may see only the result
 */
public record ScreeningView(
        UUID id,
        UUID caseId,
        @Nullable String applicationReference,
        String questionnaireId,
        int questionnaireVersion,
        ScreeningResult result,
        Instant screenedAt,
        UUID screenedBy,
        @Nullable Map<String, String> answers) {}
