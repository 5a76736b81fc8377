package org.openpathways.documents;

/**
 * Lets another module keep a document that its owner wants to delete, e.g. while a submitted application relies on
 * it. Modules publish implementations as beans; with none, owners may delete any of their documents.
 */
@FunctionalInterface
public interface DocumentRetention {

    /** Whether the document must be kept for now. */
    boolean retains(DocumentMetadata document);
}
