package org.openpathways.applications;

import java.time.LocalDate;
import java.util.UUID;

/** An application was submitted complete; its statutory clock runs from today. Carries no personal data. */
public record ApplicationSubmitted(String reference, UUID applicant, String pathwayCode, LocalDate dueOn) {}
