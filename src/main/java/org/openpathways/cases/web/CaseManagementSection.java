package org.openpathways.cases.web;

import java.util.Map;
import java.util.Optional;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.springframework.stereotype.Component;

/** Case management on the case page, after the sections of screening, children and referrals. */
@Component
class CaseManagementSection implements CaseSection {

    private final CaseManagementView view;

    CaseManagementSection(CaseManagementView view) {
        this.view = view;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String fragment() {
        return "cases/management :: section";
    }

    @Override
    public Optional<Map<String, Object>> values(CaseActor actor, CaseFile file) {
        return Optional.of(view.values(actor, file, new CaseManagementForm(), Map.of()));
    }
}
