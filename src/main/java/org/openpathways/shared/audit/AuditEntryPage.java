package org.openpathways.shared.audit;

import java.util.List;

/**
 * One page of entries, newest first.
 *
 * @param page the page number, from 1
 * @param size the most entries a page holds
 * @param totalEntries how many entries match the filter
 */
public record AuditEntryPage(List<AuditEntry> entries, int page, int size, long totalEntries) {

    public int totalPages() {
        return (int) Math.max(1, (totalEntries + size - 1) / size);
    }
}
