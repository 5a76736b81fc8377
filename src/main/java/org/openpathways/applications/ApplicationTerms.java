package org.openpathways.applications;

import java.util.Optional;
import org.openpathways.applications.domain.PathwayTerms;
import org.openpathways.pathways.LocalizedFee;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Component;

/** The terms of the published version of a pathway, as the pathways module publishes them. */
@Component
class ApplicationTerms {

    private final PathwayCatalogue catalogue;

    ApplicationTerms(PathwayCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The terms of the pathway's published version; empty when it is not published. */
    Optional<PathwayTerms> current(String code) {
        return catalogue.publishedPathway(code, Language.fallback()).map(details -> {
            // The rules of exactly this version, not every published pathway's: this runs on every view of a draft.
            var rules = catalogue
                    .definition(code, details.version())
                    .map(PathwayDefinition::eligibility)
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
