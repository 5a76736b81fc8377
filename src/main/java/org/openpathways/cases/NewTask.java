package org.openpathways.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as typed: what to do, by when, by whom (the one who types it when nobody is named). */
public record NewTask(
        @Nullable String title,
        @Nullable LocalDate dueDate,
        @Nullable UUID assignedTo) {}
