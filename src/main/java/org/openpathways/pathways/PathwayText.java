package org.openpathways.pathways;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a reader needs to know about a pathway, in one language and in plain words. Numbers (amounts, days,
 * months) are not repeated here: they belong to the definition, so that they are the same in every language and can be
 * computed with.
 *
 * @param title the pathway's name
 * @param summary what the pathway is for, in two or three sentences
 * @param whoCanApply the conditions a person must meet, one per item
 * @param documents the documents to send, one per item
 * @param feeNames the name of each fee, by {@link Fee#code()}
 * @param feeWaivers who pays nothing, one group of people per item
 * @param decisionExtension when and why the decision time may be extended; present exactly when it may be
 * @param permitName the name of the permit granted
 * @param permitConditions the rights and duties that come with the permit, in plain words, one per item
 */
public record PathwayText(
        String title,
        String summary,
        List<String> whoCanApply,
        List<String> documents,
        Map<String, String> feeNames,
        List<String> feeWaivers,
        @Nullable String decisionExtension,
        String permitName,
        List<String> permitConditions) {

    public PathwayText {
        whoCanApply = List.copyOf(whoCanApply);
        documents = List.copyOf(documents);
        feeNames = Map.copyOf(feeNames);
        feeWaivers = List.copyOf(feeWaivers);
        permitConditions = List.copyOf(permitConditions);
    }

    /** The name of the fee with this code, or the code itself if the text lacks it (a valid definition never does). */
    public String feeName(String feeCode) {
        return feeNames.getOrDefault(feeCode, feeCode);
    }
}
