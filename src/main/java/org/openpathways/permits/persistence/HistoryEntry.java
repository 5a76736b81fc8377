package org.openpathways.permits.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One change of a permit, as {@code permits_permit_history} keeps it.
 *
 * @param reference the application or decree behind the change
 * @param actor who made it ({@code account:<id>}, {@code system:<name>})
 */
public record HistoryEntry(
        Change change,
        @Nullable LocalDate validUntilBefore,
        LocalDate validUntilAfter,
        @Nullable String reference,
        @Nullable String revocationGround,
        String actor,
        Instant at) {

    public enum Change {
        ISSUED,
        EXTENDED,
        REVOKED,
        RENEWED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Change ofCode(String code) {
            return Arrays.stream(values())
                    .filter(change -> change.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
