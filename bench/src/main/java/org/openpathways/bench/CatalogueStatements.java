package org.openpathways.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SQL the application runs for the catalogue, read from {@code CatalogueSql} inside the application's jar, so that
 * the baseline cannot drift from what the application does.
 */
record CatalogueStatements(String publishedPage, String publishedPathway) {

    static final String CLASS_NAME = "org.openpathways.pathways.persistence.CatalogueSql";

    static CatalogueStatements from(Path applicationJar) throws ReflectiveOperationException, IOException {
        if (!Files.isRegularFile(applicationJar)) {
            throw new IllegalArgumentException("No application jar at " + applicationJar);
        }
        // A Spring Boot jar keeps the application's classes under BOOT-INF/classes/; a URL ending in "/" inside a
        // jar: URL is read as a folder by URLClassLoader.
        URL classes = new URL("jar:" + applicationJar.toAbsolutePath().toUri() + "!/BOOT-INF/classes/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            Class<?> sql = Class.forName(CLASS_NAME, true, loader);
            return new CatalogueStatements(
                    (String) sql.getField("PUBLISHED_PAGE").get(null),
                    (String) sql.getField("PUBLISHED_PATHWAY").get(null));
        }
    }
}
