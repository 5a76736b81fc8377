package org.openpathways.pathways;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.document.PathwayDocuments;
import org.openpathways.pathways.domain.Pathway;
import org.openpathways.pathways.persistence.PathwayRegister;
import org.openpathways.pathways.persistence.PathwayStore;
import org.openpathways.pathways.persistence.StoredDefinitions;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the catalogue by the signed-in administrator: every pathway with all its versions, definitions
 * imported and exported as one document (JSON or YAML, ADR 0012), publishing and retiring. Versions are only ever
 * added: an import whose content differs from the latest version makes a new version, one whose content is the same
 * changes nothing, and no version, published or not, is edited. Changes are audited by {@link PathwayCatalogue}.
 */
@Service
public class PathwayAdministration {

    private static final PathwayEditor EDITOR = PathwayEditor.signedInAdministrator();

    private final PathwayCatalogue catalogue;
    private final PathwayRegister register;
    private final PathwayStore pathways;
    private final StoredDefinitions definitions;

    PathwayAdministration(
            PathwayCatalogue catalogue,
            PathwayRegister register,
            PathwayStore pathways,
            StoredDefinitions definitions) {
        this.catalogue = catalogue;
        this.register = register;
        this.pathways = pathways;
        this.definitions = definitions;
    }

    /** Every pathway that has a version, in code order, with its title in the given language. */
    @Transactional(readOnly = true)
    public List<AdministeredPathway> pathways(Language language) {
        return register.all(language);
    }

    @Transactional(readOnly = true)
    public Optional<AdministeredPathway> pathway(String code, Language language) {
        return register.one(code, language);
    }

    /**
     * Reads a definition document and saves it as the pathway's new latest version (a new pathway starts as a draft).
     *
     * @return what was saved; {@link SavedPathway#newVersion()} is false when the content equals the latest version
     * @throws InvalidPathwayDefinition naming every problem with its field, line and column; nothing is saved
     */
    @Transactional
    public SavedPathway importDefinition(InputStream document, DocumentFormat format) {
        return catalogue.save(PathwayDocuments.read(document, format), EDITOR);
    }

    /**
     * A version of a pathway as a document, which imported again changes nothing.
     *
     * @param version the version's number; {@code null} for the latest
     * @return empty when no pathway has this code or it has no such version
     */
    @Transactional(readOnly = true)
    public Optional<ExportedDefinition> export(String code, @Nullable Integer version, DocumentFormat format) {
        Optional<Pathway> pathway = pathways.find(code).filter(found -> found.latestVersion() > 0);
        if (pathway.isEmpty()) {
            return Optional.empty();
        }
        int number = version == null ? pathway.get().latestVersion() : version;
        if (number < 1 || number > pathway.get().latestVersion()) {
            return Optional.empty();
        }
        PathwayDefinition definition = definitions.load(pathway.get().id(), code, number);
        return Optional.of(new ExportedDefinition(code, number, format, PathwayDocuments.write(definition, format)));
    }

    /**
     * Shows the latest version in the catalogue.
     *
     * @return whether anything changed
     * @throws ProblemException 404 {@code pathway-not-found}
     */
    @Transactional
    public boolean publish(String code) {
        return catalogue.publish(code, EDITOR);
    }

    /**
     * Withdraws the pathway from the catalogue, keeping its versions.
     *
     * @return whether anything changed
     * @throws ProblemException 404 {@code pathway-not-found}, 409 {@code pathway-not-published}
     */
    @Transactional
    public boolean retire(String code) {
        return catalogue.retire(code, EDITOR);
    }
}
