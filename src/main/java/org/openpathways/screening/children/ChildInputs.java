package org.openpathways.screening.children;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What child-protection staff type into the children's forms; {@link Children} checks every value. */
public final class ChildInputs {

    private ChildInputs() {}

    /** @param method one of {@link Children#AGE_METHODS} */
    public record AgeAssessment(
            @Nullable String method,
            @Nullable Integer minAge,
            @Nullable Integer maxAge,
            @Nullable String notes) {}

    /** A flag left out is false. */
    public record Flags(
            @Nullable Boolean unaccompanied, @Nullable Boolean separated) {

        public boolean isUnaccompanied() {
            return Boolean.TRUE.equals(unaccompanied);
        }

        public boolean isSeparated() {
            return Boolean.TRUE.equals(separated);
        }
    }

    /** @param role {@code guardian} or {@code representative} */
    public record Guardian(
            @Nullable String role,
            @Nullable String name,
            @Nullable String organisation) {}

    /**
     * @param representativeRole who was present: {@code guardian} or {@code representative}
     * @param language the ISO 639 code of the language the interview was held in
     */
    public record Interview(
            @Nullable String representativeRole,
            @Nullable String representativeName,
            @Nullable String language,
            @Nullable String summary) {}

    public record Assessment(
            @Nullable List<String> situations, @Nullable BestInterestsForm form) {}

    /** @param panel each member's account and view, at least three distinct members */
    public record Determination(
            @Nullable String situation,
            @Nullable String decision,
            @Nullable List<PanelMember> panel) {}

    public record PanelMember(
            @Nullable String member, @Nullable String view) {}
}
