package org.openpathways.pathways;

import java.util.Locale;
import java.util.Optional;

/**
 * The forms in which a pathway definition is exchanged as one document. Both hold the same document, field for field;
 * YAML is easier to write and review by hand, JSON to produce by program.
 */
public enum DocumentFormat {
    JSON("application/json", "json"),
    YAML("application/yaml", "yaml");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type documents are sent in. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named by a code or file-name extension ({@code json}, {@code yaml}, {@code yml}). */
    public static Optional<DocumentFormat> ofExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "yaml", "yml" -> Optional.of(YAML);
            default -> Optional.empty();
        };
    }
}
