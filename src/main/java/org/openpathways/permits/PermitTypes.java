package org.openpathways.permits;

import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Component;

/** A permit's type is its pathway; its name is the pathway's permit name in the reader's language. */
@Component
public class PermitTypes {

    private final PathwayCatalogue catalogue;

    PermitTypes(PathwayCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The permit's name; the pathway code when the pathway is gone. */
    public String name(String pathwayCode, Language language) {
        return catalogue
                .publishedPathway(pathwayCode, language)
                .map(details -> details.text().permitName())
                .or(() -> catalogue
                        .latestDefinition(pathwayCode)
                        .map(definition -> definition.text(language).permitName()))
                .orElse(pathwayCode);
    }

    /** The pathway's plain-words conditions of the permit, for the permit document; empty when the pathway is gone. */
    public java.util.List<String> rightsInWords(String pathwayCode, Language language) {
        return catalogue
                .publishedPathway(pathwayCode, language)
                .map(details -> details.text().permitConditions())
                .or(() -> catalogue
                        .latestDefinition(pathwayCode)
                        .map(definition -> definition.text(language).permitConditions()))
                .orElse(java.util.List.of());
    }

    java.util.Optional<PathwayDefinition> definition(String pathwayCode) {
        return catalogue.latestDefinition(pathwayCode);
    }
}
