package org.openpathways.pathways;

/**
 * The permit a successful applicant receives; its name in each language is in {@link PathwayText#permitName()}.
 *
 * @param validityMonths how long the first permit is valid
 * @param renewable whether it can be renewed while the conditions are still met
 * @param rights what it allows
 */
public record Permit(int validityMonths, boolean renewable, PermitRights rights) {

    static final int MAX_MONTHS = 1200;

    public Permit {
        if (validityMonths < 1 || validityMonths > MAX_MONTHS) {
            throw new InvalidPathwayDefinition("permit.validityMonths must be between 1 and " + MAX_MONTHS);
        }
    }
}
