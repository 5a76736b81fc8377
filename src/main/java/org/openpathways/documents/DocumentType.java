package org.openpathways.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the service keeps. A document's type is decided by its content (its first bytes), never by its
 * name or the type its sender declared.
 */
public enum DocumentType {
    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    WEBP("image/webp", List.of("webp"));

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(mediaType))
                .findFirst();
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /**
     * The name to save a downloaded copy under: the original name when its extension fits the content, otherwise with
     * the right extension, so that a PNG uploaded as {@code scan.pdf} opens as the picture it is.
     */
    public String fileNameFor(String originalName) {
        int dot = originalName.lastIndexOf('.');
        String extension = dot < 0 ? "" : originalName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extension)) {
            return originalName;
        }
        boolean anotherDocumentType =
                dot > 0 && Arrays.stream(values()).anyMatch(type -> type.extensions.contains(extension));
        String stem = anotherDocumentType ? originalName.substring(0, dot) : originalName;
        return stem + "." + extension();
    }
}
