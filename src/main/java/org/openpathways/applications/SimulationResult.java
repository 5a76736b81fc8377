package org.openpathways.applications;

import java.util.List;
import java.util.Map;
import org.openpathways.pathways.rules.Fact;

/**
 * What a draft rule version would change, counted over the applications judged under the pathway's rules. Only counts:
 * any count of fewer than {@link #SMALL_CELL} people is given as {@code null} (shown as "fewer than 5"), so no result
 * points at a person.
 *
 * @param judged how many applications were judged again
 * @param changed how many would have another outcome
 * @param transitions how many went from one outcome to another, e.g. {@code MET→NOT_MET}
 * @param drivers for each top-level criterion of the draft (by position), the facts it reads and how many changed
 *     applications it fails
 * @param bySex, byAgeGroup, byNationality how many changed applications fall in each group
 */
public record SimulationResult(
        String pathwayCode,
        int currentVersion,
        int draftVersion,
        long judged,
        long changed,
        Map<String, Long> transitions,
        List<Driver> drivers,
        Map<String, Long> bySex,
        Map<String, Long> byAgeGroup,
        Map<String, Long> byNationality) {

    public static final int SMALL_CELL = 5;

    /** A criterion of the draft that refuses applications the current rules accept. */
    public record Driver(String position, List<Fact> facts, Long failing) {}
}
