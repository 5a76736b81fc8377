package org.openpathways.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who the person says they are, as written at first contact. Kept encrypted at rest as one document.
 *
 * @param sex {@code female}, {@code male} or {@code other}, when the person tells it
 * @param nationality ISO 3166-1 alpha-3, e.g. {@code SDN}
 * @param languages ISO 639 codes of the languages the person speaks, e.g. {@code ar}
 */
public record Identity(
        String fullName,
        @Nullable LocalDate claimedBirthDate,
        @Nullable String sex,
        @Nullable String nationality,
        List<String> languages,
        @Nullable String phone) {

    public Identity {
        languages = List.copyOf(languages);
    }
}
