package org.openpathways.accounts;

import java.time.Instant;
import java.util.UUID;

/** An organisation whose members work on the platform. Its name is public information, not personal data. */
public record Organisation(UUID id, String name, OrganisationKind kind, Instant createdAt, int version) {}
