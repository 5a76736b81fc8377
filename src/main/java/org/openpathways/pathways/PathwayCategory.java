package org.openpathways.pathways;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of regular pathway the catalogue groups its entries by (PRODUCT.md, B1), in the order they are shown. */
public enum PathwayCategory {
    LABOUR("labour"),
    FAMILY("family"),
    STUDY("study"),
    HUMANITARIAN_CLIMATE("humanitarian-climate"),
    REGULARIZATION("regularization"),
    FREE_MOVEMENT("free-movement"),
    TEMPORARY_PROTECTION("temporary-protection");

    private final String code;

    PathwayCategory(String code) {
        this.code = code;
    }

    /** The stable code used in URLs, the API, documents and the database. */
    public String code() {
        return code;
    }

    public static Optional<PathwayCategory> ofCode(String code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst();
    }
}
