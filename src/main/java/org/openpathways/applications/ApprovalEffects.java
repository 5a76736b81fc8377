package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.Quotas;
import org.openpathways.applications.persistence.ApplicationHistory;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.applications.persistence.DecisionRecords;
import org.openpathways.applications.persistence.DecisionRecords.DecisionRow;
import org.openpathways.applications.persistence.StoredApplication;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.WorkTie;
import org.openpathways.permits.EmployerChange;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitToIssue;
import org.openpathways.permits.Permits;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What an approval does, whoever approved (a caseworker's recommendation, or a reviewer overturning a refusal on
 * appeal): the quota places it takes, the permit it issues or renews, and the application decided, all in the
 * approver's transaction.
 */
@Component
class ApprovalEffects {

    private final Applications applications;
    private final ApplicationRecords records;
    private final ApplicationHistory history;
    private final DecisionRecords decisions;
    private final PathwayCatalogue catalogue;
    private final Permits permits;
    private final Quotas quotas;
    private final Agreements agreements;
    private final ApplicationEventPublisher events;

    ApprovalEffects(
            Applications applications,
            ApplicationRecords records,
            ApplicationHistory history,
            DecisionRecords decisions,
            PathwayCatalogue catalogue,
            Permits permits,
            Quotas quotas,
            Agreements agreements,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.records = records;
        this.history = history;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.permits = permits;
        this.quotas = quotas;
        this.agreements = agreements;
        this.events = events;
    }

    /** Approves: takes the quota places and issues (or, for a renewal, extends) the permit, in the caller's transaction. */
    void approve(StoredApplication application, DecisionRow decision, Instant now) {
        PathwayDefinition definition = catalogue
                .definition(application.pathwayCode(), application.pathwayVersion())
                .orElseThrow(() -> ProblemException.conflict("applications.pathway-withdrawn"));
        var details = application.details();
        var rights = definition.permit().rights();
        boolean work =
                rights.workAllowed() && (details.combinedWork() || definition.category() == PathwayCategory.LABOUR);
        WorkTie tie = work ? rights.workTie() : WorkTie.NONE;
        String employer = details.job() == null ? null : details.job().employer();
        String sector = details.job() == null ? null : details.job().sector();
        if ((tie == WorkTie.EMPLOYER && blank(employer)) || (tie == WorkTie.SECTOR && blank(sector))) {
            throw ProblemException.conflict("applications.work-tie-unknown");
        }
        var conditions = new PermitConditions(
                work,
                tie,
                tie == WorkTie.EMPLOYER ? employer : null,
                tie == WorkTie.SECTOR ? sector : null,
                tie == WorkTie.EMPLOYER ? EmployerChange.WITH_NOTICE : EmployerChange.ALLOWED);
        LocalDate today = applications.today();
        var renewed = decisions.renewedPermit(application.id());
        if (renewed.isPresent()) {
            var permit = PermitNumber.parse(renewed.get()).orElseThrow();
            permits.renew(permit, today.plusMonths(definition.permit().validityMonths()), application.reference());
            finishApproval(application, decision, permit.grouped(), now, today);
            return;
        }
        allocatePlaces(application, today);
        var number = permits.issue(new PermitToIssue(
                application.reference(),
                application.applicantId(),
                orEmpty(details.applicant().fullName()),
                orEmpty(details.applicant().nationality()),
                application.pathwayCode(),
                application.pathwayVersion(),
                today,
                null,
                conditions));
        finishApproval(application, decision, number.grouped(), now, today);
    }

    private void finishApproval(
            StoredApplication application, DecisionRow decision, String permitNumber, Instant now, LocalDate today) {
        decisions.permitIssued(decision.id(), permitNumber);
        records.update(application.withStatus(ApplicationStatus.APPROVED, application.dueOn()), now);
        decisions.markDecided(application.id(), now, today);
        history.addStep(application.id(), Step.DECISION, now);
        events.publishEvent(new ApplicationDecided(application.reference(), application.applicantId(), "approved"));
    }

    /**
     * Takes a place in every quota the approval draws on: those of agreements for this pathway whose period covers
     * today, whose sector (if any) is the job's and whose nationals include the applicant. In the approval's
     * transaction, so that an approval and its place commit together; with no place left the approval is refused (409
     * {@code agreements.quota-exhausted}) and nothing is changed.
     */
    private void allocatePlaces(StoredApplication application, LocalDate today) {
        var details = application.details();
        String sector = details.job() == null ? null : details.job().sector();
        String nationality = details.applicant().nationality();
        for (var quota : quotas.quotasFor(application.pathwayCode(), today)) {
            boolean sectorMatches = quota.sector() == null || quota.sector().equals(sector);
            List<String> nationals = quota.nationalities().isEmpty()
                    ? agreements
                            .any(quota.agreementCode())
                            .map(agreement -> agreement.partners())
                            .orElse(List.of())
                    : quota.nationalities();
            if (sectorMatches && nationality != null && nationals.contains(nationality)) {
                quotas.allocate(quota.code(), application.reference());
            }
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
