package org.openpathways.screening;

import java.util.UUID;

/** A case was screened. Carries ids and the rating only, never answers or needs. */
public record ScreeningRecorded(UUID screeningId, UUID caseId, Rating rating) {}
