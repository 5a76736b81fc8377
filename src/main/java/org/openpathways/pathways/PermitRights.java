package org.openpathways.pathways;

import org.jspecify.annotations.Nullable;

/**
 * What the permit lets its holder do; details in plain words are in {@link PathwayText#permitConditions()}.
 *
 * @param workAllowed whether the holder may work
 * @param workTie whether that work is limited to one employer or one sector; {@link WorkTie#NONE} when not allowed
 * @param familyMayJoin whether the holder's family may come and live with them
 * @param longTermResidenceAfterMonths after how many months of legal stay the holder may apply for long-term residence;
 *     {@code null} when this permit does not lead there
 */
public record PermitRights(
        boolean workAllowed,
        WorkTie workTie,
        boolean familyMayJoin,
        @Nullable Integer longTermResidenceAfterMonths) {

    public PermitRights {
        if (!workAllowed && workTie != WorkTie.NONE) {
            throw new InvalidPathwayDefinition("permit.workTiedTo must be none when work is not allowed");
        }
        if (longTermResidenceAfterMonths != null
                && (longTermResidenceAfterMonths < 1 || longTermResidenceAfterMonths > Permit.MAX_MONTHS)) {
            throw new InvalidPathwayDefinition(
                    "permit.longTermResidenceAfterMonths must be between 1 and " + Permit.MAX_MONTHS);
        }
    }

    public boolean leadsToLongTermResidence() {
        return longTermResidenceAfterMonths != null;
    }
}
