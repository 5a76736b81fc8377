package org.openpathways.documents.storage;

/**
 * A stored document cannot be given out as it was uploaded: its file is missing, was altered, was swapped for another
 * document's, or no longer matches its recorded SHA-256.
 */
public class DocumentDamaged extends RuntimeException {

    public DocumentDamaged(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentDamaged(String message) {
        super(message);
    }
}
