package org.openpathways.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a provider sees of the person: each field filled only when its {@link DataCategory} is shared (consented, or
 * named by an override), null otherwise.
 */
public record SharedData(
        Set<DataCategory> categories,
        @Nullable String fullName,
        @Nullable LocalDate claimedBirthDate,
        @Nullable String sex,
        @Nullable String nationality,
        @Nullable String phone,
        @Nullable List<String> languages,
        @Nullable List<String> needs) {

    public SharedData {
        categories = DataCategory.inOrder(categories);
    }

    public static SharedData nothing() {
        return new SharedData(Set.of(), null, null, null, null, null, null, null);
    }
}
