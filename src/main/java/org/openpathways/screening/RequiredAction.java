package org.openpathways.screening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An action a screening requires, e.g. {@code health-referral} due within a day.
 *
 * @param need the need it answers (one of {@link Needs#ALL}), or none for actions such as assigning a case officer
 */
public record RequiredAction(String code, @Nullable String need, Instant dueAt) {}
