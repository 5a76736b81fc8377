package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpathways.accounts.Role;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.ApplicationRecords.QueueRow;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What caseworkers and supervisors do with pending applications before a decision: the queue by deadline, taking a
 * case, screening then assessment, asking the applicant for information (which stops the clock) and extending the time
 * where the pathway allows it. Every action is audited with the purpose {@link Applications#ASSESSMENT}.
 */
@Service
public class Casework {

    private final Applications applications;
    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final ApplicationChecks checks;
    private final ApplicationEventPublisher events;
    private final ApplicationsProperties properties;

    Casework(
            Applications applications,
            ApplicationRecords records,
            ApplicationChecks checks,
            ApplicationEventPublisher events,
            ApplicationsProperties properties,
            ApplicationHistory history) {
        this.applications = applications;
        this.records = records;
        this.history = history;
        this.checks = checks;
        this.events = events;
        this.properties = properties;
    }

    /**
     * The pending applications a member of staff handles, earliest deadline first: for a caseworker those assigned to
     * them and those assigned to nobody yet; for a supervisor all.
     */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(Actor staff) {
        requireStaff(staff);
        boolean supervisor = staff.has(Role.SUPERVISOR);
        LocalDate today = applications.today();
        List<QueueEntry> entries = new ArrayList<>();
        for (QueueRow row : records.queue(supervisor ? null : staff.account(), true, 500)) {
            entries.add(new QueueEntry(
                    row.reference(),
                    row.pathwayCode(),
                    row.status(),
                    row.submittedAt(),
                    row.dueOn(),
                    Deadline.of(row.dueOn(), today, properties.nearingDays()),
                    row.assignedTo() == null ? null : row.assignedTo().equals(staff.account()),
                    row.protectedUntilDecided()));
        }
        return entries;
    }

    /**
     * A caseworker takes an unassigned case: it is theirs, and screening starts.
     *
     * @throws ProblemException 409 {@code applications.already-assigned} when someone else has it
     */
    @Transactional
    public ApplicationView take(Actor caseworker, String reference) {
        if (!caseworker.has(Role.CASEWORKER)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.caseworkers-only");
        }
        StoredApplication application = applications.visible(caseworker, reference, true);
        if (application.assignedTo() != null) {
            throw ProblemException.conflict("applications.already-assigned");
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw ProblemException.conflict("applications.not-pending");
        }
        Instant now = applications.now();
        StoredApplication saved = records.update(
                application
                        .withStatus(ApplicationStatus.SCREENING, application.dueOn())
                        .assignedTo(caseworker.account()),
                now);
        history.addStep(saved.id(), Step.SCREENING, now);
        applications.record(caseworker, "applications.taken", reference, Applications.ASSESSMENT);
        return applications.view(saved, caseworker);
    }

    /**
     * The assigned caseworker ends screening and starts the assessment.
     *
     * @throws ProblemException 409 {@code applications.not-screening} in any other state
     */
    @Transactional
    public ApplicationView startAssessment(Actor caseworker, String reference) {
        StoredApplication application = applications.assigned(caseworker, reference);
        if (application.status() != ApplicationStatus.SCREENING) {
            throw ProblemException.conflict("applications.not-screening");
        }
        Instant now = applications.now();
        StoredApplication saved =
                records.update(application.withStatus(ApplicationStatus.ASSESSMENT, application.dueOn()), now);
        history.addStep(saved.id(), Step.ASSESSMENT, now);
        applications.record(caseworker, "applications.assessment-started", reference, Applications.ASSESSMENT);
        return applications.view(saved, caseworker);
    }

    /**
     * The assigned caseworker asks the applicant for information; the clock stands still until they answer.
     *
     * @throws ProblemException 409 {@code applications.request-open} when a request is already open, {@code
     *     applications.not-pending} when the application is not being handled
     */
    @Transactional
    public ApplicationView requestInformation(Actor caseworker, String reference, String question) {
        StoredApplication application = applications.assigned(caseworker, reference);
        if (application.status() == ApplicationStatus.INFORMATION_REQUESTED) {
            throw ProblemException.conflict("applications.request-open");
        }
        if (application.status() != ApplicationStatus.SCREENING
                && application.status() != ApplicationStatus.ASSESSMENT) {
            throw ProblemException.conflict("applications.not-pending");
        }
        checks.requireQuestion(question);
        Instant now = applications.now();
        history.addInformationRequest(
                application.id(), caseworker.account(), question.strip(), now, applications.today());
        StoredApplication saved =
                records.update(application.withStatus(ApplicationStatus.INFORMATION_REQUESTED, null), now);
        history.addStep(saved.id(), Step.INFORMATION_REQUESTED, now);
        applications.record(caseworker, "applications.information-requested", reference, Applications.ASSESSMENT);
        events.publishEvent(new InformationRequested(saved.reference(), saved.applicantId()));
        return applications.view(saved, caseworker);
    }

    /**
     * Extends the time for a decision by the days the pathway allows, once, with the reason recorded.
     *
     * @throws ProblemException 409 {@code applications.not-extendable} when the pathway allows none, it was extended
     *     already, or the application is not pending
     */
    @Transactional
    public ApplicationView extend(Actor staff, String reference, String reason) {
        StoredApplication application = staff.has(Role.SUPERVISOR)
                ? applications.visible(staff, reference, true)
                : applications.assigned(staff, reference);
        if (!application.status().pending() || application.extensionAllowed() == 0 || application.extensionDays() > 0) {
            throw ProblemException.conflict("applications.not-extendable");
        }
        checks.requireReason(reason);
        var extended = application.extended(reason.strip());
        StoredApplication saved = records.update(
                extended.withStatus(
                        extended.status(),
                        applications.statutoryClock(extended).dueDate().orElse(null)),
                applications.now());
        applications.record(staff, "applications.extended", reference, Applications.ASSESSMENT);
        return applications.view(saved, staff);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "applications.staff-only");
        }
    }
}
