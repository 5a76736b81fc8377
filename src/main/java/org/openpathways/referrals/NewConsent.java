package org.openpathways.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consent as staff record it. Categories are codes of {@link DataCategory}; a code outside the list, a day already
 * past, or a parent or guardian without a name is refused with 422.
 */
public record NewConsent(
        UUID caseId,
        UUID organisationId,
        String givenBy,
        @Nullable String giverName,
        List<String> categories,
        LocalDate validUntil) {

    public NewConsent {
        categories = List.copyOf(categories);
    }
}
