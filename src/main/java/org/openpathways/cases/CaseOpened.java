package org.openpathways.cases;

import java.util.UUID;

/** A case was opened for a person met at first contact. Carries ids only. */
public record CaseOpened(UUID caseId, UUID organisationId, ContactPoint contactPoint) {}
