package org.openpathways.documents;

import java.util.Optional;
import java.util.UUID;

/** Identifies a document. It is generated, never derived from anything the uploader sent. */
public record DocumentId(UUID value) {

    public static DocumentId generate() {
        return new DocumentId(UUID.randomUUID());
    }

    /** The id written in a URL, or empty when the text is not one (which callers answer as "not found"). */
    public static Optional<DocumentId> parse(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equalsIgnoreCase(text) ? Optional.of(new DocumentId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
