package org.openpathways.pathways.rules.json;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a rule document.
 *
 * @param path where, as a JSON path such as {@code criteria.anyOf[1].allOf[0].years}; empty for the whole document
 * @param line the line of the offending element, when known
 * @param column the column (from 1) where the offending element starts on its line, when known
 * @param message what is wrong, for the document's author (not translated: authors are administrators)
 */
public record Problem(
        String path, @Nullable Integer line, @Nullable Integer column, String message) {

    public Problem(String path, @Nullable Integer line, String message) {
        this(path, line, null, message);
    }

    @Override
    public String toString() {
        String where = line == null ? "" : " (line " + line + (column == null ? "" : ", column " + column) + ")";
        return (path.isEmpty() ? "document" : path) + where + ": " + message;
    }
}
