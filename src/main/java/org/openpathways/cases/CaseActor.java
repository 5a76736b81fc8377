package org.openpathways.cases;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;

/**
 * Who acts on a case: the signed-in account, the organisation it works for (none for applicants) and its roles.
 * Web layers build it with {@code org.openpathways.cases.web.CaseActors}.
 */
public record CaseActor(UUID account, @Nullable UUID organisationId, Set<Role> roles) {

    /** The roles whose holders work on cases of their organisation. */
    public static final Set<Role> CASE_STAFF =
            Set.of(Role.CONSULAR, Role.CASEWORKER, Role.SUPERVISOR, Role.CHILD_PROTECTION);

    public CaseActor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor holds a role that works on cases. */
    public boolean caseStaff() {
        return roles.stream().anyMatch(CASE_STAFF::contains);
    }

    /** Whether the actor works for this organisation. */
    public boolean memberOf(UUID organisation) {
        return organisation.equals(organisationId);
    }
}
