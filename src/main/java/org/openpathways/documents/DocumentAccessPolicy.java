package org.openpathways.documents;

/**
 * Lets another module admit people other than the owner to a document, e.g. the caseworker assigned to the
 * application it is attached to. Modules publish implementations as beans.
 *
 * <p>The owner may always read their documents. Anyone else may only when at least one policy answers {@code true};
 * with no policy, nobody else may. A policy answers {@code false} for every document or purpose it does not know, and
 * must not have side effects: the documents module records the read in the audit trail, naming the purpose and the
 * policy that granted it.
 */
@FunctionalInterface
public interface DocumentAccessPolicy {

    /**
     * @param document the document asked for
     * @param requester who asks; never its owner
     * @param purpose why they ask, as they declared it, e.g. {@code application-assessment}
     */
    boolean permitsReading(DocumentMetadata document, Requester requester, String purpose);
}
