package org.openpathways.applications.web;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.QueueEntry;

/**
 * A pending application in a staff queue.
 *
 * @param deadline {@code on-time}, {@code nearing}, {@code past} or {@code paused}
 * @param assigned {@code you}, {@code nobody} or {@code someone-else}
 */
record QueueJson(
        String reference,
        String pathway,
        String status,
        Instant submittedAt,
        @Nullable LocalDate expectedDecisionDate,
        String deadline,
        String assigned,
        boolean protectedFromRemoval) {

    static QueueJson of(QueueEntry entry) {
        String assigned = entry.mine() == null ? "nobody" : entry.mine() ? "you" : "someone-else";
        return new QueueJson(
                entry.reference(),
                entry.pathwayCode(),
                entry.status().code(),
                entry.submittedAt(),
                entry.dueOn(),
                entry.deadline().code(),
                assigned,
                entry.protectedFromRemoval());
    }
}
