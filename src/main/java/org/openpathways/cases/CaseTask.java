package org.openpathways.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A piece of work on a case, in someone's charge, due on a date.
 *
 * @param overdue whether it is still open after its due date, on the day it was read
 */
public record CaseTask(
        UUID id,
        UUID caseId,
        String caseReference,
        String title,
        LocalDate dueDate,
        UUID assignedTo,
        UUID createdBy,
        Instant createdAt,
        @Nullable Instant completedAt,
        @Nullable UUID completedBy,
        boolean overdue,
        long version) {

    public boolean open() {
        return completedAt == null;
    }
}
