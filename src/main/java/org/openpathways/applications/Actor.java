package org.openpathways.applications;

import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Role;

/** Who acts on an application: the signed-in account and its roles. */
public record Actor(UUID account, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean staff() {
        return has(Role.CASEWORKER) || has(Role.SUPERVISOR);
    }
}
