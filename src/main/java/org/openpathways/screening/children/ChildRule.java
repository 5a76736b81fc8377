package org.openpathways.screening.children;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Who is a child: a person under the child age by the age they claim, or by an assessed age, where an assessment gives
 * a range and its lower bound counts (doubt benefits the person). Nothing here makes a child an adult again: an
 * assessment that finds an older age does not override a claim.
 */
final class ChildRule {

    private ChildRule() {}

    static boolean byClaimedBirthDate(@Nullable LocalDate claimedBirthDate, LocalDate today, int childAge) {
        return claimedBirthDate != null
                && !claimedBirthDate.isAfter(today)
                && Period.between(claimedBirthDate, today).getYears() < childAge;
    }

    static boolean byAssessment(int minAge, int childAge) {
        return minAge < childAge;
    }
}
