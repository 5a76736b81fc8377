package org.openpathways.shared.audit.web;

import org.jspecify.annotations.Nullable;
import org.openpathways.shared.audit.AuditEntryFilter;
import org.openpathways.shared.audit.AuditReview;

/** The query string of the {@code /audit} page, bound as text so that a malformed page number gets a message. */
record EntryQuery(
        @Nullable String action,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable String actor,
        @Nullable String page) {

    AuditEntryFilter filter() {
        return new AuditEntryFilter(action, recordType, recordId, actor);
    }

    boolean pageIsValid() {
        return page == null || page.isBlank() || pageNumber() > 0;
    }

    /** The page asked for, or 1 when none (or no valid one) was given. */
    int pageNumber() {
        if (page == null || !page.strip().matches("[0-9]{1,7}")) {
            return page == null || page.isBlank() ? 1 : -1;
        }
        int number = Integer.parseInt(page.strip());
        return number >= 1 && number <= AuditReview.MAX_PAGE ? number : -1;
    }
}
