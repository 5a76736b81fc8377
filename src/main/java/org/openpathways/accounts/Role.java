package org.openpathways.accounts;

import java.util.Arrays;
import java.util.List;

/**
 * What a person may do on the platform (PRODUCT.md, "Who uses it"). Applicants register themselves; every other role
 * is given by an administrator to a member of an organisation, and those members sign in with a second factor.
 */
public enum Role {
    APPLICANT,
    EMPLOYER,
    AGENCY,
    CASEWORKER,
    SUPERVISOR,
    REVIEWER,
    CHILD_PROTECTION,
    SERVICE_PROVIDER,
    INSPECTOR,
    ASSESSOR,
    CONSULAR,
    ANALYST,
    ADMIN,
    AUDITOR;

    /** The Spring Security authority, e.g. {@code ROLE_CASEWORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles held by members of organisations, created by an administrator and protected by a second factor. */
    public boolean organisational() {
        return this != APPLICANT;
    }

    public static List<Role> organisationalRoles() {
        return Arrays.stream(values()).filter(Role::organisational).toList();
    }
}
