package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;

/** A case became a child's case, or stopped being one (e.g. after an age assessment), at {@code at}. */
public record CaseChildStatusChanged(UUID caseId, boolean child, Instant at) {}
