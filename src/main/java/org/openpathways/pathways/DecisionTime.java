package org.openpathways.pathways;

/**
 * The statutory time within which a complete application must be decided.
 *
 * @param days the number of days the authority has to decide
 * @param count how those days are counted
 * @param extensionDays by how many more days the authority may extend it, in the cases the pathway's texts describe; 0
 *     when it may not
 */
public record DecisionTime(int days, DayCount count, int extensionDays) {

    static final int MAX_DAYS = 3650;

    public DecisionTime {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidPathwayDefinition("decisionTime.days must be between 1 and " + MAX_DAYS);
        }
        if (extensionDays < 0 || extensionDays > MAX_DAYS) {
            throw new InvalidPathwayDefinition("decisionTime.extensionDays must be between 0 and " + MAX_DAYS);
        }
    }

    public boolean extendable() {
        return extensionDays > 0;
    }
}
