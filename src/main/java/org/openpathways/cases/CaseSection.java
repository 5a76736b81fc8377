package org.openpathways.cases;

import java.util.Map;
import java.util.Optional;

/**
 * A section another module adds to the case page (screening, children, referrals), without the cases module knowing
 * it: a bean implementing this interface names a Thymeleaf fragment and gives it its values.
 */
public interface CaseSection {

    /** Sections are shown in increasing order. */
    int order();

    /** The fragment, e.g. {@code screening/case-section :: section}; it reads its values from {@code section}. */
    String fragment();

    /** The fragment's values for this actor and case; empty when the actor may not see the section. */
    Optional<Map<String, Object>> values(CaseActor actor, CaseFile file);
}
