package org.openpathways.shared.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.audit.AuditEntryFilter;
import org.openpathways.shared.audit.AuditEntryPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination component's links: previous, next, the first and last pages and those around the current
 * one, with gaps shown as ellipses. Every link keeps the filter.
 */
record Pagination(@Nullable String previous, @Nullable String next, List<Item> items) {

    /** A page link, or a gap when {@code number} is 0. */
    record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    static Pagination of(AuditEntryPage page, AuditEntryFilter filter) {
        int current = page.page();
        int last = page.totalPages();
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int number : new TreeSet<>(List.of(1, current - 1, current, current + 1, last))) {
            if (number < 1 || number > last) {
                continue;
            }
            if (number - previousShown > 1) {
                items.add(new Item(0, "", false));
            }
            items.add(new Item(number, href(filter, number), number == current));
            previousShown = number;
        }
        return new Pagination(
                current > 1 && current <= last ? href(filter, current - 1) : null,
                current < last ? href(filter, current + 1) : null,
                items);
    }

    static String href(AuditEntryFilter filter, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        addIfPresent(uri, "action", filter.action());
        addIfPresent(uri, "recordType", filter.recordType());
        addIfPresent(uri, "recordId", filter.recordId());
        addIfPresent(uri, "actor", filter.actor());
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
