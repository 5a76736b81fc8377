package org.openpathways.screening.children;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.RequiredAction;

/**
 * A child's case on the child-protection dashboard.
 *
 * @param guardianDueAt by when a guardian must be assigned; {@code null} when one is
 * @param determinationsRequired situations that require a best-interests determination not yet made
 * @param requiredActions the actions raised on the case as it became a child's (the child-protection officer), with
 *     their due times
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
        List<String> determinationsRequired,
        List<RequiredAction> requiredActions) {}
