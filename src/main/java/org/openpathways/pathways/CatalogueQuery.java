package org.openpathways.pathways;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which page of the published catalogue to read.
 *
 * @param categories the categories to show; empty for all
 * @param page the page number, from 1
 * @param size how many pathways per page, from 1 to {@link #MAX_SIZE}
 */
public record CatalogueQuery(Set<PathwayCategory> categories, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public CatalogueQuery {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static CatalogueQuery firstPage(Set<PathwayCategory> categories) {
        return new CatalogueQuery(categories, 1, DEFAULT_SIZE);
    }

    /** The categories to read: the chosen ones, or every category when none was chosen. */
    public Set<PathwayCategory> effectiveCategories() {
        return categories.isEmpty() ? EnumSet.allOf(PathwayCategory.class) : EnumSet.copyOf(categories);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
