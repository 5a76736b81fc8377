package org.openpathways.pathways;

import java.util.List;

/** One page of the published catalogue, with what is needed to link to the others. */
public record CataloguePage(List<PathwaySummary> items, int page, int size, long totalItems) {

    public CataloguePage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
