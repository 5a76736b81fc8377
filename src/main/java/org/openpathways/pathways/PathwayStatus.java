package org.openpathways.pathways;

import java.util.Locale;

/** Where a pathway stands: only published pathways are shown to the public. */
public enum PathwayStatus {
    /** Saved but never published. */
    DRAFT,
    /** Shown in the catalogue, in its published version. */
    PUBLISHED,
    /** No longer offered; kept because applications and decisions refer to its versions. */
    RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PathwayStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
