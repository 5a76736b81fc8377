package org.openpathways.documents.storage;

/** Nothing is stored under a key that the metadata says exists. */
public class StoredContentMissing extends RuntimeException {

    public StoredContentMissing(String key, Throwable cause) {
        super("No stored content under " + key, cause);
    }
}
