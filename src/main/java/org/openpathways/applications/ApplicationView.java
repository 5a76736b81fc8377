package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application as its applicant, or the staff handling it, see it.
 *
 * @param eligibility what the rules said of the answers when it was submitted ({@code MET}, {@code NOT_MET}, {@code
 *     UNKNOWN}); {@code null} for a draft
 * @param dueOn the last day on which the decision is on time; {@code null} for a draft, and while the clock is paused
 * @param missing what must still be done before it can be submitted; empty once submitted
 * @param protectedFromRemoval whether the applicant may not be removed from the country until this is decided (a
 *     pending application under a regularization programme)
 */
public record ApplicationView(
        String reference,
        UUID applicant,
        String pathwayCode,
        int pathwayVersion,
        ApplicationStatus status,
        ApplicationDetails details,
        @Nullable String eligibility,
        Instant createdAt,
        @Nullable Instant submittedAt,
        @Nullable LocalDate dueOn,
        boolean paused,
        int extensionDays,
        int extensionAllowed,
        @Nullable String extensionReason,
        List<StepEntry> steps,
        List<InformationRequest> informationRequests,
        List<MissingItem> missing,
        @Nullable UUID assignedTo,
        boolean protectedFromRemoval,
        int version) {

    public ApplicationView {
        steps = List.copyOf(steps);
        informationRequests = List.copyOf(informationRequests);
        missing = List.copyOf(missing);
    }

    public boolean extendable() {
        return status.pending() && extensionAllowed > 0 && extensionDays == 0;
    }

    public @Nullable InformationRequest openRequest() {
        return informationRequests.stream()
                .filter(request -> request.answeredAt() == null)
                .findFirst()
                .orElse(null);
    }

    public record StepEntry(Step step, Instant at) {}

    public record InformationRequest(
            Instant requestedAt,
            String question,
            @Nullable Instant answeredAt,
            @Nullable String answer) {}
}
