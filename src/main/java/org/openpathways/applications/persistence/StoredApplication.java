package org.openpathways.applications.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** As stored by an update at {@code changedAt}: the next version, changed then (to the database's microsecond). */
    StoredApplication updatedAt(Instant changedAt) {
        Copy copy = new Copy(this);
        copy.changedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
        copy.version = version + 1;
        return copy.build();
    }

    public StoredApplication withDetails(ApplicationDetails details) {
        Copy copy = new Copy(this);
        copy.details = details;
        return copy.build();
    }

    /** In another state, with the due date it now has; the protection from removal lasts only while pending. */
    public StoredApplication withStatus(ApplicationStatus status, @Nullable LocalDate dueOn) {
        Copy copy = new Copy(this);
        copy.status = status;
        copy.dueOn = dueOn;
        copy.protectedUntilDecided = protectedUntilDecided && status.pending();
        return copy.build();
    }

    public StoredApplication assignedTo(UUID assignee) {
        Copy copy = new Copy(this);
        copy.assignedTo = assignee;
        return copy.build();
    }

    /** Extended once by all the days the pathway allows, for the reason given. */
    public StoredApplication extended(String reason) {
        Copy copy = new Copy(this);
        copy.extensionDays = extensionAllowed;
        copy.extensionReason = reason;
        return copy.build();
    }

    /** Submitted under a pathway version, with the clock's parameters as they are today. */
    public StoredApplication submitted(Submission submission) {
        Copy copy = new Copy(this);
        copy.pathwayVersion = submission.pathwayVersion();
        copy.category = submission.category();
        copy.status = ApplicationStatus.SUBMITTED;
        copy.eligibility = submission.eligibility();
        copy.submittedAt = submission.at();
        copy.clockStart = submission.clockStart();
        copy.decisionDays = submission.decisionDays();
        copy.dayCount = submission.dayCount();
        copy.calendar = submission.calendar();
        copy.extensionAllowed = submission.extensionAllowed();
        copy.dueOn = submission.dueOn();
        copy.protectedUntilDecided = submission.protectedFromRemoval();
        return copy.build();
    }

    /** A copy to change a few components of, so that each change above names only what it changes. */
    private static final class Copy {

        private UUID id;
        private String reference;
        private UUID applicantId;
        private String pathwayCode;
        private int pathwayVersion;
        private String category;
        private ApplicationStatus status;
        private ApplicationDetails details;
        private @Nullable String eligibility;
        private Instant createdAt;
        private Instant changedAt;
        private @Nullable Instant submittedAt;
        private @Nullable LocalDate clockStart;
        private @Nullable Integer decisionDays;
        private @Nullable DayCount dayCount;
        private @Nullable String calendar;
        private int extensionAllowed;
        private int extensionDays;
        private @Nullable String extensionReason;
        private @Nullable LocalDate dueOn;
        private @Nullable UUID assignedTo;
        private boolean protectedUntilDecided;
        private int version;

        Copy(StoredApplication application) {
            this.id = application.id();
            this.reference = application.reference();
            this.applicantId = application.applicantId();
            this.pathwayCode = application.pathwayCode();
            this.pathwayVersion = application.pathwayVersion();
            this.category = application.category();
            this.status = application.status();
            this.details = application.details();
            this.eligibility = application.eligibility();
            this.createdAt = application.createdAt();
            this.changedAt = application.changedAt();
            this.submittedAt = application.submittedAt();
            this.clockStart = application.clockStart();
            this.decisionDays = application.decisionDays();
            this.dayCount = application.dayCount();
            this.calendar = application.calendar();
            this.extensionAllowed = application.extensionAllowed();
            this.extensionDays = application.extensionDays();
            this.extensionReason = application.extensionReason();
            this.dueOn = application.dueOn();
            this.assignedTo = application.assignedTo();
            this.protectedUntilDecided = application.protectedUntilDecided();
            this.version = application.version();
        }

        StoredApplication build() {
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
