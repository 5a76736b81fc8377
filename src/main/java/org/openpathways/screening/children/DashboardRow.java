package org.openpathways.screening.children;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child's case on the child-protection dashboard.
 *
 * @param guardianDueAt by when a guardian must be assigned; {@code null} when one is
 * @param determinationsRequired situations that require a best-interests determination not yet made
 */
public record DashboardRow(
        UUID caseId,
        String reference,
        @Nullable Instant childSince,
        @Nullable Instant guardianDueAt,
        boolean guardianOverdue,
        boolean unaccompanied,
        boolean separated,
        boolean interviewed,
        List<String> determinationsRequired) {}
