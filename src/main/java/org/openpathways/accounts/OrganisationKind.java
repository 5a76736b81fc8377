package org.openpathways.accounts;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of organisation that work on the platform, and the roles their members can hold. */
public enum OrganisationKind {
    MIGRATION_AUTHORITY(EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.REVIEWER, Role.ANALYST, Role.ADMIN)),
    CHILD_PROTECTION_SERVICE(EnumSet.of(Role.CHILD_PROTECTION, Role.SUPERVISOR)),
    CONSULATE(EnumSet.of(Role.CONSULAR, Role.SUPERVISOR)),
    LABOUR_INSPECTORATE(EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR)),
    QUALIFICATION_BODY(EnumSet.of(Role.ASSESSOR, Role.SUPERVISOR)),
    SERVICE_PROVIDER(EnumSet.of(Role.SERVICE_PROVIDER)),
    EMPLOYER(EnumSet.of(Role.EMPLOYER)),
    RECRUITMENT_AGENCY(EnumSet.of(Role.AGENCY)),
    STATISTICS_OFFICE(EnumSet.of(Role.ANALYST)),
    OVERSIGHT_BODY(EnumSet.of(Role.AUDITOR)),
    PLATFORM_OPERATOR(EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.ANALYST));

    private final Set<Role> roles;

    OrganisationKind(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
