package org.openpathways.permits.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.pathways.WorkTie;
import org.openpathways.permits.EmployerChange;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitToIssue;
import org.openpathways.permits.Permits;
import org.openpathways.permits.Revocation;
import org.openpathways.platform.api.ProblemException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: three permits for the demo applicant, one valid, one expired and one revoked. Issuing is idempotent per
 * application, so this adds only what is missing at each start.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoPermits implements ApplicationRunner {

    private final DemoPeople people;
    private final Permits permits;
    private final Clock clock;

    DemoPermits(DemoPeople people, Permits permits, Clock clock) {
        this.people = people;
        this.permits = permits;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        people.applicant().ifPresent(this::issueTo);
    }

    private void issueTo(UUID applicant) {
        LocalDate today = LocalDate.now(clock);
        permits.issue(new PermitToIssue(
                "demo-application-skilled-work",
                applicant,
                "Amina Haddad",
                "JOR",
                "skilled-work-single-permit",
                1,
                today.minusMonths(3),
                today.plusMonths(21),
                new PermitConditions(true, WorkTie.EMPLOYER, "Green Valley Farms", null, EmployerChange.WITH_NOTICE)));
        permits.issue(new PermitToIssue(
                "demo-application-seasonal-work",
                applicant,
                "Amina Haddad",
                "JOR",
                "seasonal-agricultural-work",
                1,
                today.minusMonths(14),
                today.minusMonths(5),
                new PermitConditions(true, WorkTie.SECTOR, null, "Agriculture", EmployerChange.WITH_NOTICE)));
        var study = permits.issue(new PermitToIssue(
                "demo-application-study",
                applicant,
                "Amina Haddad",
                "JOR",
                "study",
                1,
                today.minusMonths(8),
                today.plusMonths(4),
                PermitConditions.noWork()));
        try {
            permits.revokeAsSystem(
                    study.value(),
                    new Revocation("conditions-no-longer-met", "Demo: the studies ended early."),
                    "demo-data");
        } catch (ProblemException alreadyRevoked) {
            // Revoked at an earlier start.
        }
    }
}
