package org.openpathways.documents.domain;

/** The content went on past the maximum size; reading stopped there. */
public class ContentTooLarge extends RuntimeException {

    public ContentTooLarge(long maxBytes) {
        super("Content longer than " + maxBytes + " bytes");
    }
}
