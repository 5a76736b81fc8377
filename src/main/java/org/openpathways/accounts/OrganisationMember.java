package org.openpathways.accounts;

import java.util.Set;
import java.util.UUID;

/** A member of an organisation as its administrator sees them. */
public record OrganisationMember(
        UUID id, String email, String displayName, Set<Role> roles, String status, boolean secondFactorEnrolled) {}
