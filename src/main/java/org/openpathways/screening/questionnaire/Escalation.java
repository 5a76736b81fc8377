package org.openpathways.screening.questionnaire;

import org.openpathways.screening.Rating;

/** Raises the rating to at least {@code rating} when its rule holds, whatever the score. */
public record Escalation(Rating rating, Rule when) {}
