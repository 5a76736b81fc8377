package org.openpathways.screening.children;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The names of staff members, as colleagues see them on a case (the names of panel members, not of the person the
 * case is about). An account that is no longer active, or whose name cannot be read, has none.
 */
@Component
class StaffNames {

    private final Organisations organisations;

    StaffNames(Organisations organisations) {
        this.organisations = organisations;
    }

    Map<UUID, String> of(Collection<UUID> accounts) {
        Set<UUID> wanted = Set.copyOf(accounts);
        Map<UUID, String> names = new HashMap<>();
        wanted.stream()
                .map(organisations::organisationOf)
                .flatMap(Optional::stream)
                .distinct()
                .flatMap(organisation -> organisations.staffOf(organisation).stream())
                .filter(member -> wanted.contains(member.account()))
                .forEach(member -> names.put(member.account(), name(member)));
        return names;
    }

    static String name(StaffMember member) {
        return String.valueOf(member.displayName());
    }
}
