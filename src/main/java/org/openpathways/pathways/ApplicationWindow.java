package org.openpathways.pathways;

import java.time.LocalDate;

/**
 * The dates between which applications are accepted, for pathways open only for a time (regularization programmes,
 * seasons). Both days are included.
 */
public record ApplicationWindow(LocalDate opens, LocalDate closes) {

    public ApplicationWindow {
        if (closes.isBefore(opens)) {
            throw new InvalidPathwayDefinition("applicationWindow.closes must not be before applicationWindow.opens");
        }
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }
}
