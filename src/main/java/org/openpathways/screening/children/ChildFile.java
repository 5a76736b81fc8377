package org.openpathways.screening.children;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.RequiredAction;

/**
 * A child's case as child-protection staff see it. Others who may see the case get the status, the age assessments
 * and whether a guardian is assigned, without names or contents ({@link #forOthers}).
 *
 * @param determinationsRequired situations named by an assessment that require a determination not yet made
 * @param requiredActions what the case requires now (a child-protection officer, and its latest screening's actions),
 *     earliest due first, each once
 * @param complete whether this is the whole file (child-protection staff) rather than what others may see
 */
public record ChildFile(
        Status status,
        boolean guardianOverdue,
        List<AgeAssessment> ageAssessments,
        List<Guardian> guardians,
        List<Interview> interviews,
        List<Assessment> assessments,
        List<Determination> determinations,
        List<String> determinationsRequired,
        List<RequiredAction> requiredActions,
        boolean complete) {

    /**
     * @param guardianDueAt by when a guardian or representative must be assigned
     */
    public record Status(
            UUID caseId, Instant childSince, Instant guardianDueAt, boolean unaccompanied, boolean separated) {}

    /**
     * @param method how the age was assessed, e.g. {@code documents} or {@code interview}
     * @param minAge the lower bound of the assessed age, which is the one that counts
     */
    public record AgeAssessment(
            UUID id,
            String method,
            int minAge,
            int maxAge,
            @Nullable String notes,
            UUID assessedBy,
            Instant assessedAt) {}

    /** @param role {@code guardian} or {@code representative} */
    public record Guardian(
            UUID id, String role, String name, @Nullable String organisation, UUID assignedBy, Instant assignedAt) {}

    public record Interview(
            UUID id,
            String representativeRole,
            String representativeName,
            String language,
            String summary,
            UUID interviewedBy,
            Instant interviewedAt) {}

    public record Assessment(
            UUID id, List<String> situations, BestInterestsForm form, UUID assessedBy, Instant assessedAt) {}

    public record Determination(
            UUID id, String situation, String decision, List<PanelView> panel, UUID decidedBy, Instant decidedAt) {

        Determination named(java.util.Map<UUID, String> names) {
            return new Determination(
                    id,
                    situation,
                    decision,
                    panel.stream()
                            .map(view -> new PanelView(view.member(), names.get(view.member()), view.view()))
                            .toList(),
                    decidedBy,
                    decidedAt);
        }
    }

    /** @param name the member's name as their colleagues see it; {@code null} when the account is no longer active */
    public record PanelView(UUID member, @Nullable String name, String view) {}

    /** What staff other than child protection see: no names, summaries, forms or views. */
    ChildFile forOthers() {
        return new ChildFile(
                status,
                guardianOverdue,
                ageAssessments.stream()
                        .map(a -> new AgeAssessment(
                                a.id(), a.method(), a.minAge(), a.maxAge(), null, a.assessedBy(), a.assessedAt()))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                determinationsRequired,
                requiredActions,
                false);
    }
}
