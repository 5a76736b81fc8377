package org.openpathways.pathways;

import org.jspecify.annotations.Nullable;

/**
 * Who changes the catalogue and why, as the audit trail records it.
 *
 * @param actor a named system actor such as {@code system:demo-data}; {@code null} for the person signed in
 * @param purpose why the change is made, e.g. {@code catalogue-administration}
 */
public record PathwayEditor(@Nullable String actor, String purpose) {

    /** The person signed in, administering the catalogue. */
    public static PathwayEditor signedInAdministrator() {
        return new PathwayEditor(null, "catalogue-administration");
    }

    /** A part of the platform acting on its own, e.g. {@code demo-data} loading the demonstration catalogue. */
    public static PathwayEditor system(String name) {
        return new PathwayEditor("system:" + name, name);
    }
}
