package org.openpathways.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A case has just become a child's and requires a child-protection officer by {@code dueAt} (see {@link
 * RequiredActions}). Carries no personal data: the case is named by its identifier only.
 *
 * @param reason why the case is a child's, e.g. {@code assessed-age}
 */
public record ChildProtectionOfficerRequired(UUID caseId, Instant dueAt, String reason) {}
