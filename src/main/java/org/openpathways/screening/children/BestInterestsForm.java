package org.openpathways.screening.children;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The structured best-interests assessment (UNHCR Best Interests Procedure): the child's safety, care, health,
 * education, their own views, the family situation, and the recommendation. Kept encrypted as one document.
 */
public record BestInterestsForm(
        @Nullable String safety,
        @Nullable String care,
        @Nullable String health,
        @Nullable String education,
        @Nullable String childViews,
        @Nullable String family,
        @Nullable String recommendation) {

    /** The fields in the order of the form, as they are named in forms and messages. */
    public static final List<String> FIELDS =
            List.of("safety", "care", "health", "education", "childViews", "family", "recommendation");

    List<@Nullable String> values() {
        return java.util.Arrays.asList(safety, care, health, education, childViews, family, recommendation);
    }
}
