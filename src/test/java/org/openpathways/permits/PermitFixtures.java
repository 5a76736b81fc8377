package org.openpathways.permits;

import java.time.LocalDate;
import java.util.UUID;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayEditor;
import org.openpathways.pathways.PathwayFixtures;
import org.openpathways.pathways.WorkTie;

/** Permits as tests ask for them. */
public final class PermitFixtures {

    public static final String HOLDER_NAME = "Zainab Qasimova";
    public static final String PATHWAY = "permits-test-work";
    public static final String PERMIT_NAME = "Test work 1: permit";

    /** The pathway the test permits are of, saved and published (again: saving the same content changes nothing). */
    public static void publishTheTestPathway(PathwayCatalogue catalogue) {
        catalogue.save(PathwayFixtures.aPathway(PATHWAY), PathwayEditor.system("tests"));
        catalogue.publish(PATHWAY, PathwayEditor.system("tests"));
    }

    private PermitFixtures() {}

    public static PermitToIssue aPermitFor(UUID holder, LocalDate validFrom, LocalDate validUntil) {
        return new PermitToIssue(
                "application-" + UUID.randomUUID(),
                holder,
                HOLDER_NAME,
                "uzb",
                PATHWAY,
                1,
                validFrom,
                validUntil,
                new PermitConditions(true, WorkTie.EMPLOYER, "Green Valley Farms", null, EmployerChange.WITH_NOTICE));
    }

    public static PermitToIssue aValidPermitFor(UUID holder) {
        return aPermitFor(
                holder, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11));
    }
}
