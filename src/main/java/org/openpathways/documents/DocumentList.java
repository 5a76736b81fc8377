package org.openpathways.documents;

import java.util.List;

/**
 * One page of a person's documents, newest first.
 *
 * @param items the documents on this page
 * @param page the page number, from 0
 * @param size the largest number of documents on a page
 * @param total how many documents there are on all pages
 */
public record DocumentList(List<DocumentMetadata> items, int page, int size, long total) {

    public DocumentList {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
