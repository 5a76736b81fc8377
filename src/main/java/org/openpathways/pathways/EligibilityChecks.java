package org.openpathways.pathways;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openpathways.pathways.persistence.PublishedCatalogue;
import org.openpathways.pathways.rules.Explanation;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks answers against the rules of every published pathway that has rules. A check only reads: the answers are
 * neither stored nor logged, so an anonymous check leaves no personal data behind (and, storing nothing and changing
 * nothing, needs no audit entry).
 */
@Service
public class EligibilityChecks {

    private final PublishedCatalogue published;
    private final Clock clock;

    EligibilityChecks(PublishedCatalogue published, Clock clock) {
        this.published = published;
        this.clock = clock;
    }

    /** The published pathways that have rules, in catalogue order, with their titles in the given language. */
    @Transactional(readOnly = true)
    public List<PublishedRules> pathways(Language language) {
        return published.rules(language);
    }

    /**
     * Judges the answers against each published pathway with rules (only those named, when {@code codes} is not empty).
     * The date of the application is today unless the answers give it.
     */
    @Transactional(readOnly = true)
    public List<PathwayEligibility> check(Facts answers, Set<String> codes, Language language) {
        Facts facts = answers.get(Fact.APPLICATION_DATE).isPresent()
                ? answers
                : answers.with(Fact.APPLICATION_DATE, LocalDate.now(clock));
        return published.rules(language).stream()
                .filter(pathway -> codes.isEmpty() || codes.contains(pathway.code()))
                .map(pathway -> {
                    Explanation explanation = pathway.rules().evaluate(facts);
                    return new PathwayEligibility(
                            pathway.code(),
                            pathway.version(),
                            pathway.title(),
                            explanation,
                            explanation.firstMissingFact());
                })
                .toList();
    }
}
