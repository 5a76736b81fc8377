package org.openpathways.referrals;

import java.util.List;
import java.util.UUID;

/**
 * The port through which referrals reads the needs screening raised for a case (need codes), for the {@code needs}
 * data category. Implemented by the screening module (or an adapter over its published API); without an
 * implementation the category shows no needs.
 */
public interface CaseNeeds {

    List<String> needsOf(UUID caseId);
}
