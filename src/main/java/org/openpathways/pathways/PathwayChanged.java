package org.openpathways.pathways;

/**
 * A pathway was saved, published or retired. Published after the change commits; whatever shows or caches the
 * catalogue refreshes on it.
 *
 * @param code the pathway's code
 * @param version the version concerned: the one saved, published, or retired from the catalogue
 * @param change what happened
 */
public record PathwayChanged(String code, int version, Change change) {

    public enum Change {
        SAVED,
        PUBLISHED,
        RETIRED
    }
}
