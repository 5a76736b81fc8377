package org.openpathways.applications;

import java.util.Optional;
import org.openpathways.applications.domain.PathwayTerms;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.springframework.stereotype.Component;

/** The terms of the published version of a pathway, as the pathways module publishes them. */
@Component
class ApplicationTerms {

    private final PathwayCatalogue catalogue;

    ApplicationTerms(PathwayCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The terms of the pathway's published version; empty when it is not published. Which version is published is read
     * every time; the version's content comes from memory after its first reading (versions never change).
     */
    Optional<PathwayTerms> current(String code) {
        return catalogue.publishedDefinition(code).map(published -> {
            PathwayDefinition pathway = published.definition();
            var rights = pathway.permit().rights();
            String currency =
                    pathway.fees().isEmpty() ? null : pathway.fees().get(0).currency();
            boolean oneCurrency =
                    pathway.fees().stream().allMatch(fee -> fee.currency().equals(currency));
            return new PathwayTerms(
                    pathway.code(),
                    published.version(),
                    pathway.category(),
                    pathway.decisionTime(),
                    pathway.applicationWindow(),
                    rights.familyMayJoin() || pathway.category() == PathwayCategory.FAMILY,
                    rights.workAllowed(),
                    oneCurrency
                            ? PathwayTerms.sum(
                                    pathway.fees().stream().map(Fee::amount).toList(), currency)
                            : null,
                    pathway.eligibility());
        });
    }
}
