package org.openpathways.permits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How far a decree extends each permit: to a new end date, or by a duration added to each permit's own end. A permit
 * that already ends on or after the new end date is left alone: a decree never shortens a permit.
 */
public record DecreeExtension(@Nullable LocalDate newValidUntil, int months, int days) {

    public static DecreeExtension until(LocalDate newValidUntil) {
        return new DecreeExtension(newValidUntil, 0, 0);
    }

    public static DecreeExtension by(int months, int days) {
        return new DecreeExtension(null, months, days);
    }
}
