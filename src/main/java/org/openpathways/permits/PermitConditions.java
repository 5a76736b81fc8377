package org.openpathways.permits;

import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.WorkTie;

/**
 * What a permit allows, as printed on it and shown to whoever verifies it.
 *
 * @param workAllowed whether the holder may work
 * @param workTie whether that work is limited to one employer or one sector ({@link WorkTie#NONE} when it is not, or
 *     when work is not allowed)
 * @param employer the employer's name when the work is tied to an employer
 * @param sector the sector when the work is tied to a sector
 * @param employerChange whether the holder may change employer
 */
public record PermitConditions(
        boolean workAllowed,
        WorkTie workTie,
        @Nullable String employer,
        @Nullable String sector,
        EmployerChange employerChange) {

    public static final int MAX_EMPLOYER_LENGTH = 200;
    public static final int MAX_SECTOR_LENGTH = 100;

    public PermitConditions {
        if (!workAllowed && workTie != WorkTie.NONE) {
            throw new IllegalArgumentException("A permit that does not allow work cannot tie work to anyone");
        }
        if (workTie == WorkTie.EMPLOYER && (employer == null || employer.isBlank())) {
            throw new IllegalArgumentException("Work tied to an employer names the employer");
        }
        if (workTie == WorkTie.SECTOR && (sector == null || sector.isBlank())) {
            throw new IllegalArgumentException("Work tied to a sector names the sector");
        }
        if (workTie != WorkTie.EMPLOYER) {
            employer = null;
        }
        if (workTie != WorkTie.SECTOR) {
            sector = null;
        }
        if (employer != null && employer.length() > MAX_EMPLOYER_LENGTH
                || sector != null && sector.length() > MAX_SECTOR_LENGTH) {
            throw new IllegalArgumentException("The employer or sector is too long");
        }
    }

    /** Work for anyone, changing employer freely. */
    public static PermitConditions openWork() {
        return new PermitConditions(true, WorkTie.NONE, null, null, EmployerChange.ALLOWED);
    }

    /** No work. */
    public static PermitConditions noWork() {
        return new PermitConditions(false, WorkTie.NONE, null, null, EmployerChange.NOT_ALLOWED);
    }
}
