package org.openpathways.applications.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationStatus;
import org.openpathways.pathways.DayCount;

/** An application as stored, its details decrypted. */
public record StoredApplication(
        UUID id,
        String reference,
        UUID applicantId,
        String pathwayCode,
        int pathwayVersion,
        String category,
        ApplicationStatus status,
        ApplicationDetails details,
        @Nullable String eligibility,
        Instant createdAt,
        Instant changedAt,
        @Nullable Instant submittedAt,
        @Nullable LocalDate clockStart,
        @Nullable Integer decisionDays,
        @Nullable DayCount dayCount,
        @Nullable String calendar,
        int extensionAllowed,
        int extensionDays,
        @Nullable String extensionReason,
        @Nullable LocalDate dueOn,
        @Nullable UUID assignedTo,
        boolean protectedUntilDecided,
        int version) {

    /** A new draft. */
    public static StoredApplication draft(
            UUID id,
            String reference,
            UUID applicant,
            String pathwayCode,
            int pathwayVersion,
            String category,
            Instant now) {
        return new StoredApplication(
                id,
                reference,
                applicant,
                pathwayCode,
                pathwayVersion,
                category,
                ApplicationStatus.DRAFT,
                ApplicationDetails.empty(),
                null,
                now,
                now,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                false,
                0);
    }

    public StoredApplication withDetails(ApplicationDetails details) {
        return new StoredApplication(
                id,
                reference,
                applicantId,
                pathwayCode,
                pathwayVersion,
                category,
                status,
                details,
                eligibility,
                createdAt,
                changedAt,
                submittedAt,
                clockStart,
                decisionDays,
                dayCount,
                calendar,
                extensionAllowed,
                extensionDays,
                extensionReason,
                dueOn,
                assignedTo,
                protectedUntilDecided,
                version);
    }

    /** In another state, with the due date it now has; the protection from removal lasts only while pending. */
    public StoredApplication withStatus(ApplicationStatus status, @Nullable LocalDate dueOn) {
        return new StoredApplication(
                id,
                reference,
                applicantId,
                pathwayCode,
                pathwayVersion,
                category,
                status,
                details,
                eligibility,
                createdAt,
                changedAt,
                submittedAt,
                clockStart,
                decisionDays,
                dayCount,
                calendar,
                extensionAllowed,
                extensionDays,
                extensionReason,
                dueOn,
                assignedTo,
                protectedUntilDecided && status.pending(),
                version);
    }

    public StoredApplication assignedTo(UUID assignee) {
        return new StoredApplication(
                id,
                reference,
                applicantId,
                pathwayCode,
                pathwayVersion,
                category,
                status,
                details,
                eligibility,
                createdAt,
                changedAt,
                submittedAt,
                clockStart,
                decisionDays,
                dayCount,
                calendar,
                extensionAllowed,
                extensionDays,
                extensionReason,
                dueOn,
                assignee,
                protectedUntilDecided,
                version);
    }

    public StoredApplication extended(String reason) {
        return new StoredApplication(
                id,
                reference,
                applicantId,
                pathwayCode,
                pathwayVersion,
                category,
                status,
                details,
                eligibility,
                createdAt,
                changedAt,
                submittedAt,
                clockStart,
                decisionDays,
                dayCount,
                calendar,
                extensionAllowed,
                extensionAllowed,
                reason,
                dueOn,
                assignedTo,
                protectedUntilDecided,
                version);
    }

    /** Submitted under a pathway version, with the clock's parameters as they are today. */
    public StoredApplication submitted(Submission submission) {
        return new StoredApplication(
                id,
                reference,
                applicantId,
                pathwayCode,
                submission.pathwayVersion(),
                submission.category(),
                ApplicationStatus.SUBMITTED,
                details,
                submission.eligibility(),
                createdAt,
                changedAt,
                submission.at(),
                submission.clockStart(),
                submission.decisionDays(),
                submission.dayCount(),
                submission.calendar(),
                submission.extensionAllowed(),
                extensionDays,
                extensionReason,
                submission.dueOn(),
                assignedTo,
                submission.protectedFromRemoval(),
                version);
    }

    /**
     * What submission sets.
     *
     * @param protectedFromRemoval whether the applicant is protected from removal until the decision
     */
    public record Submission(
            int pathwayVersion,
            String category,
            String eligibility,
            Instant at,
            LocalDate clockStart,
            int decisionDays,
            DayCount dayCount,
            String calendar,
            int extensionAllowed,
            LocalDate dueOn,
            boolean protectedFromRemoval) {}
}
