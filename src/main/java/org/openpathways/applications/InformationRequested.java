package org.openpathways.applications;

import java.util.UUID;

/** A caseworker asked the applicant for more information; the clock stands still until they answer. */
public record InformationRequested(String reference, UUID applicant) {}
