package org.openpathways.pathways;

/**
 * What saving a definition did.
 *
 * @param code the pathway's code
 * @param version the pathway's latest version after saving
 * @param newVersion whether the definition differed from the latest version and so became a new one
 */
public record SavedPathway(String code, int version, boolean newVersion) {}
