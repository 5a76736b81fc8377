package org.openpathways.cases.web;

import java.util.Map;
import java.util.Optional;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.openpathways.cases.PersonAccess;
import org.openpathways.platform.web.Dates;
import org.springframework.stereotype.Component;

/** The person's own access to the case (a code to give them, whether their account is linked), before management. */
@Component
class PersonAccessSection implements CaseSection {

    private final PersonAccess access;
    private final Dates dates;

    PersonAccessSection(PersonAccess access, Dates dates) {
        this.access = access;
        this.dates = dates;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String fragment() {
        return "cases/person-access :: section";
    }

    @Override
    public Optional<Map<String, Object>> values(CaseActor actor, CaseFile file) {
        PersonAccess.State state = access.stateOf(actor, file.id()).orElse(new PersonAccess.State(null, null));
        return Optional.of(Map.of("caseId", file.id(), "state", state, "dates", dates));
    }
}
