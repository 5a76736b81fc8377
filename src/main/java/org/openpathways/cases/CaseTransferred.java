package org.openpathways.cases;

import java.time.Instant;
import java.util.UUID;

/** A case now belongs to another organisation, which accepted its transfer. Carries ids only. */
public record CaseTransferred(UUID caseId, UUID fromOrganisation, UUID toOrganisation, Instant at) {}
