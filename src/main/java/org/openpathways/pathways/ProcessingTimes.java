package org.openpathways.pathways;

import java.util.Optional;

/**
 * How long decisions on a pathway actually take, published on its page beside the statutory time. The module that
 * decides applications provides it; without one, the page says nothing about it.
 */
public interface ProcessingTimes {

    /** The figures for a pathway; empty until it has enough decisions to publish them without pointing at anyone. */
    Optional<Figures> of(String pathwayCode);

    /**
     * @param decided how many decided applications the figures come from
     * @param medianDays half of the decisions took at most this many calendar days from the complete application
     * @param percentile80Days eight in ten took at most this many
     */
    record Figures(long decided, double medianDays, double percentile80Days) {}
}
