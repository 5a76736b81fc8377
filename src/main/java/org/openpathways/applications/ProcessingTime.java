package org.openpathways.applications;

/**
 * How long decisions on a pathway took, in calendar days from the complete application.
 *
 * @param decided how many decided applications the figures come from
 */
public record ProcessingTime(long decided, double medianDays, double percentile80Days) {}
