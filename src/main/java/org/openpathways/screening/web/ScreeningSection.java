package org.openpathways.screening.web;

import java.util.Map;
import java.util.Optional;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.openpathways.platform.web.Dates;
import org.openpathways.screening.Screenings;
import org.springframework.stereotype.Component;

/** The screening part of the case page, for everyone who may see the case (results only, no answers). */
@Component
class ScreeningSection implements CaseSection {

    private final Screenings screenings;
    private final Dates dates;

    ScreeningSection(Screenings screenings, Dates dates) {
        this.screenings = screenings;
        this.dates = dates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "screening/case-section :: section";
    }

    @Override
    public Optional<Map<String, Object>> values(CaseActor actor, CaseFile file) {
        return Optional.of(Map.of(
                "caseId", file.id(),
                "screenings", screenings.ofCase(actor, file.id()),
                "mayScreen", Screenings.readsAnswers(actor, file),
                "child", file.child(),
                "dates", dates));
    }
}
