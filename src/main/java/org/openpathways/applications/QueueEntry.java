package org.openpathways.applications;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A pending application in a staff queue, without its contents.
 *
 * @param mine whether it is assigned to the reader; {@code null} when assigned to nobody
 */
public record QueueEntry(
        String reference,
        String pathwayCode,
        ApplicationStatus status,
        Instant submittedAt,
        @Nullable LocalDate dueOn,
        Deadline deadline,
        @Nullable Boolean mine,
        boolean protectedFromRemoval) {}
