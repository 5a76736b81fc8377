package org.openpathways.pathways.rules.json;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a rule document.
 *
 * @param path where, as a JSON path such as {@code criteria.anyOf[1].allOf[0].years}; empty for the whole document
 * @param line the line of the offending element, when known
 * @param message what is wrong, for the document's author (not translated: authors are administrators)
 */
public record Problem(String path, @Nullable Integer line, String message) {

    @Override
    public String toString() {
        return (path.isEmpty() ? "document" : path) + (line == null ? "" : " (line " + line + ")") + ": " + message;
    }
}
