package org.openpathways.referrals;

import java.util.List;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.springframework.stereotype.Component;

/**
 * The references of the applications a person filed: a case opened on one of them is theirs, so they may read and
 * withdraw the consents recorded on it.
 */
@Component
class PersonApplications {

    private final Applications applications;

    PersonApplications(Applications applications) {
        this.applications = applications;
    }

    List<String> referencesOf(UUID account) {
        return applications.own(new Actor(account, java.util.Set.of(Role.APPLICANT))).stream()
                .map(ApplicationView::reference)
                .toList();
    }
}
