package org.openpathways.screening.web;

import java.util.Map;
import java.util.Optional;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSection;
import org.openpathways.platform.web.Dates;
import org.openpathways.screening.RequiredActions;
import org.openpathways.screening.Screenings;
import org.springframework.stereotype.Component;

/**
 * The screening part of the case page, for everyone who may see the case (results only, no answers): what the case
 * requires now, the latest rating and needs, and earlier screenings.
 */
@Component
class ScreeningSection implements CaseSection {

    private final Screenings screenings;
    private final RequiredActions requiredActions;
    private final ScreeningTexts texts;
    private final Dates dates;

    ScreeningSection(Screenings screenings, RequiredActions requiredActions, ScreeningTexts texts, Dates dates) {
        this.screenings = screenings;
        this.requiredActions = requiredActions;
        this.texts = texts;
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
                "actions", requiredActions.ofCase(file.id()),
                "texts", texts,
                "mayScreen", Screenings.readsAnswers(actor, file),
                "child", file.child(),
                "dates", dates));
    }
}
