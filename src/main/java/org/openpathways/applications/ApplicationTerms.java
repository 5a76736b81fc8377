package org.openpathways.applications;

import java.util.Optional;
import org.openpathways.applications.domain.PathwayTerms;
import org.openpathways.pathways.EligibilityChecks;
import org.openpathways.pathways.LocalizedFee;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PublishedRules;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Component;

/** The terms of the published version of a pathway, as the pathways module publishes them. */
@Component
class ApplicationTerms {

    private final PathwayCatalogue catalogue;
    private final EligibilityChecks eligibility;

    ApplicationTerms(PathwayCatalogue catalogue, EligibilityChecks eligibility) {
        this.catalogue = catalogue;
        this.eligibility = eligibility;
    }

    /** The terms of the pathway's published version; empty when it is not published. */
    Optional<PathwayTerms> current(String code) {
        return catalogue.publishedPathway(code, Language.fallback()).map(details -> {
            var rules = eligibility.pathways(Language.fallback()).stream()
                    .filter(published -> published.code().equals(code) && published.version() == details.version())
                    .map(PublishedRules::rules)
                    .findFirst()
                    .orElse(null);
            var rights = details.permit().rights();
            String currency =
                    details.fees().isEmpty() ? null : details.fees().get(0).currency();
            boolean oneCurrency =
                    details.fees().stream().allMatch(fee -> fee.currency().equals(currency));
            return new PathwayTerms(
                    details.code(),
                    details.version(),
                    details.category(),
                    details.decisionTime(),
                    details.applicationWindow(),
                    rights.familyMayJoin() || details.category() == PathwayCategory.FAMILY,
                    rights.workAllowed(),
                    oneCurrency
                            ? PathwayTerms.sum(
                                    details.fees().stream()
                                            .map(LocalizedFee::amount)
                                            .toList(),
                                    currency)
                            : null,
                    rules);
        });
    }
}
