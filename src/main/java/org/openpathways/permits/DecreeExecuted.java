package org.openpathways.permits;

import java.util.UUID;

/**
 * An extension decree was executed: its holders are told after commit, page by page (one event, not one per permit).
 * Carries ids only.
 */
public record DecreeExecuted(UUID decreeId, int permitsExtended) {}
