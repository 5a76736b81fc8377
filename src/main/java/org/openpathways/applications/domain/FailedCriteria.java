package org.openpathways.applications.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Outcome;

/**
 * The criteria a refusal may cite: the parts of the rules that were not met, each named by its position so that a
 * letter written later, in any language, explains the same criterion. The position is the index of the part under the
 * top criterion ({@code "2"} for the third), or {@code "all"} when the top criterion is a single one.
 */
public final class FailedCriteria {

    public static final String WHOLE = "all";

    private FailedCriteria() {}

    public static Map<String, Explanation> of(Explanation root) {
        Map<String, Explanation> failed = new LinkedHashMap<>();
        if (root.outcome() != Outcome.NOT_MET) {
            return failed;
        }
        if (root.children().isEmpty()) {
            failed.put(WHOLE, root);
            return failed;
        }
        for (int i = 0; i < root.children().size(); i++) {
            if (root.children().get(i).outcome() == Outcome.NOT_MET) {
                failed.put(Integer.toString(i), root.children().get(i));
            }
        }
        if (failed.isEmpty()) {
            failed.put(WHOLE, root);
        }
        return failed;
    }
}
