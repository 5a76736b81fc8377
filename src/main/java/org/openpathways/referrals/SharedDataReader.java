package org.openpathways.referrals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openpathways.cases.Cases;
import org.openpathways.cases.Identity;
import org.openpathways.screening.CaseNeeds;
import org.openpathways.screening.Screenings;
import org.springframework.stereotype.Component;

/**
 * Builds what a provider sees from the case, category by category: a field is read and filled only when its category
 * is shared. Nothing is read from the case when no category is. Needs are those of the case's latest screening (need
 * codes only, never answers).
 */
@Component
class SharedDataReader {

    private final Cases cases;
    private final Screenings screenings;

    SharedDataReader(Cases cases, Screenings screenings) {
        this.cases = cases;
        this.screenings = screenings;
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
                ? screenings.needsOf(caseId).map(CaseNeeds::needs).orElse(List.of())
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
