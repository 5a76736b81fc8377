package org.openpathways.documents;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person who asks for a document.
 *
 * @param accountId their account
 * @param roles their roles without the {@code ROLE_} prefix, e.g. {@code CASEWORKER}
 */
public record Requester(UUID accountId, Set<String> roles) {

    public Requester {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
