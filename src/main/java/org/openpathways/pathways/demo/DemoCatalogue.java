package org.openpathways.pathways.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayEditor;
import org.openpathways.pathways.PathwayStatus;
import org.openpathways.pathways.SavedPathway;
import org.openpathways.pathways.document.PathwayDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demonstration pathways, one JSON document each under {@code pathways/demo/}. Loading goes through the catalogue
 * like any other change, and may be repeated: content already saved adds nothing, and a pathway is published only when
 * its document brought a new version or it was never published (so a pathway an administrator retired stays retired
 * after a restart).
 */
@Component
public class DemoCatalogue {

    static final String LOCATION = "classpath*:pathways/demo/*.json";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    private static final PathwayEditor EDITOR = PathwayEditor.system("demo-data");

    private final PathwayCatalogue catalogue;

    DemoCatalogue(PathwayCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The demonstration definitions, read and checked, in file-name order. */
    public static List<PathwayDefinition> definitions() {
        List<PathwayDefinition> definitions = new ArrayList<>();
        for (Resource resource : resources()) {
            try (InputStream json = resource.getInputStream()) {
                definitions.add(PathwayDocuments.read(json));
            } catch (InvalidPathwayDefinition invalid) {
                throw new InvalidPathwayDefinition(invalid.problems().stream()
                        .map(problem -> resource.getFilename() + ": " + problem)
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource.getFilename(), e);
            }
        }
        return definitions;
    }

    /**
     * Saves and publishes every demonstration pathway that is new or changed.
     *
     * @return how many pathways got a new version
     */
    public int load() {
        int changed = 0;
        for (PathwayDefinition definition : definitions()) {
            SavedPathway saved = catalogue.save(definition, EDITOR);
            if (saved.newVersion()) {
                changed++;
            }
            if (saved.newVersion() || catalogue.status(definition.code()).orElse(null) == PathwayStatus.DRAFT) {
                catalogue.publish(definition.code(), EDITOR);
            }
        }
        log.info("Demonstration catalogue loaded: {} pathway(s) new or changed", changed);
        return changed;
    }

    private static List<Resource> resources() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(found)
                    .filter(resource -> resource.getFilename() != null)
                    .sorted(Comparator.comparing(resource -> Objects.requireNonNull(resource.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The demonstration pathways could not be listed", e);
        }
    }
}
