package org.openpathways.referrals.web;

import java.util.Map;
import java.util.Optional;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.openpathways.referrals.Consents;
import org.openpathways.referrals.ReferralLists;
import org.springframework.stereotype.Component;

/**
 * The referrals part of the case page: the case's consents to share its data, its referrals, and the ways to record a
 * consent and to refer the person to a service. Shown to everyone who may see the case (providers never see a case page).
 */
@Component
class ReferralSection implements CaseSection {

    private final Consents consents;
    private final ReferralLists referrals;

    ReferralSection(Consents consents, ReferralLists referrals) {
        this.consents = consents;
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "referrals/case-section :: section";
    }

    @Override
    public Optional<Map<String, Object>> values(CaseActor actor, CaseFile file) {
        return Optional.of(Map.of(
                "caseId",
                file.id(),
                "consents",
                consents.ofCase(actor, file.id()),
                "referrals",
                referrals.ofCase(actor, file.id())));
    }
}
