package org.openpathways.referrals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openpathways.cases.Cases;
import org.openpathways.cases.Identity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds what a provider sees from the case, category by category: a field is read and filled only when its category
 * is shared. Nothing is read from the case when no category is.
 */
@Component
class SharedDataReader {

    private final Cases cases;
    private final ObjectProvider<CaseNeeds> needs;

    SharedDataReader(Cases cases, ObjectProvider<CaseNeeds> needs) {
        this.cases = cases;
        this.needs = needs;
    }

    SharedData read(UUID caseId, Set<DataCategory> shared) {
        if (shared.isEmpty()) {
            return SharedData.nothing();
        }
        boolean identity = shared.contains(DataCategory.IDENTITY);
        boolean contact = shared.contains(DataCategory.CONTACT);
        boolean languages = shared.contains(DataCategory.LANGUAGES);
        Identity person = identity || contact || languages ? cases.identityForSharing(caseId) : null;
        List<String> caseNeeds = shared.contains(DataCategory.NEEDS)
                ? needs.getIfAvailable(() -> id -> List.of()).needsOf(caseId)
                : null;
        return new SharedData(
                shared,
                identity ? person.fullName() : null,
                identity ? person.claimedBirthDate() : null,
                identity ? person.sex() : null,
                identity ? person.nationality() : null,
                contact ? person.phone() : null,
                languages ? List.copyOf(person.languages()) : null,
                caseNeeds == null ? null : List.copyOf(caseNeeds));
    }
}
