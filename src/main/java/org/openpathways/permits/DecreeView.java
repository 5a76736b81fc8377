package org.openpathways.permits;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An extension decree. Actors are named as the audit trail names them ({@code account:<id>}).
 *
 * @param permitsExtended how many permits its execution extended; null while it is a draft
 */
public record DecreeView(
        UUID id,
        String title,
        String legalBasis,
        DecreeSelection selection,
        DecreeExtension extension,
        Status status,
        String createdBy,
        Instant createdAt,
        @Nullable String executedBy,
        @Nullable Instant executedAt,
        @Nullable Integer permitsExtended,
        int version) {

    public enum Status {
        DRAFT,
        EXECUTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The reference its history rows carry: one extension per permit and decree. */
    public String reference() {
        return reference(id);
    }

    public static String reference(UUID decree) {
        return "decree:" + decree;
    }
}
