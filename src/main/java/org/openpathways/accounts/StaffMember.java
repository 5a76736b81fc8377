package org.openpathways.accounts;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An active member of an organisation as colleagues see them: enough to put them in charge of a piece of work.
 *
 * @param displayName their name, when it was asked for and can be read
 */
public record StaffMember(
        UUID account, UUID organisationId, @Nullable String displayName, Set<Role> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
