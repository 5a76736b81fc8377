package org.openpathways.pathways;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/** Everything about one published pathway, in one language: what its page and its API resource show. */
public record PathwayDetails(
        String code,
        int version,
        PathwayCategory category,
        Language language,
        PathwayText text,
        DecisionTime decisionTime,
        @Nullable ApplicationWindow applicationWindow,
        List<LocalizedFee> fees,
        Permit permit) {

    public PathwayDetails {
        fees = List.copyOf(fees);
    }

    public boolean free() {
        return fees.stream().allMatch(fee -> fee.amount().signum() == 0);
    }
}
