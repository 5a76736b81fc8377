package org.openpathways.applications;

import java.util.UUID;

/**
 * An application was decided (approved, or its refusal approved by a supervisor), or an appeal against it was decided.
 * Carries no personal data.
 *
 * @param outcome {@code approved}, {@code refused}, or the appeal's outcome
 */
public record ApplicationDecided(String reference, UUID applicant, String outcome) {}
