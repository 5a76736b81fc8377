package org.openpathways.permits;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor's decision to revoke a permit.
 *
 * @param ground one of the configured grounds ({@code openpathways.permits.revocation-grounds})
 * @param explanation optional free text for the record
 */
public record Revocation(String ground, @Nullable String explanation) {

    public static final int MAX_EXPLANATION_LENGTH = 2000;

    @Override
    public String toString() {
        return "Revocation[" + ground + "]";
    }
}
