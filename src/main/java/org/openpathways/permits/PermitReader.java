package org.openpathways.permits;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person who reads or changes permits.
 *
 * @param accountId their account
 * @param roles their roles without the {@code ROLE_} prefix
 */
public record PermitReader(UUID accountId, Set<String> roles) {

    /** Roles that may read any permit (audited). */
    public static final Set<String> STAFF = Set.of("CASEWORKER", "SUPERVISOR");

    public PermitReader {
        roles = Set.copyOf(roles);
    }

    public boolean staff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    /** Creates, previews and executes extension decrees (each executed by someone other than its author). */
    public boolean mayDecree() {
        return roles.contains("SUPERVISOR");
    }

    /** Records facts about permits that decrees may require. */
    public boolean mayRecordFacts() {
        return staff();
    }

    public boolean mayRevoke() {
        return roles.contains("SUPERVISOR");
    }
}
