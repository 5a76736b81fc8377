package org.openpathways.pathways.rules;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant has to pay.
 *
 * @param due the amount due, zero when a waiver applies; absent while it cannot be worked out (a fact is missing)
 * @param waiver the code of the waiver that applies, if one does
 * @param explanation {@link Outcome#MET} when the amount is settled, {@link Outcome#UNKNOWN} when not; its parts explain
 *     each waiver in order, then the household count
 */
public record FeeAssessment(@Nullable Money due, @Nullable String waiver, Explanation explanation) {}
