package org.openpathways.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known about a stored document, without its content.
 *
 * @param id the document
 * @param owner the account it belongs to
 * @param purpose what it is for
 * @param type its type, decided by its content
 * @param originalName the file name it was uploaded with, checked and normalised; personal data, shown only to whom
 *     may read the document and never logged
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its content, lower-case hex
 * @param uploadedAt when it was uploaded
 */
public record DocumentMetadata(
        DocumentId id,
        UUID owner,
        DocumentPurpose purpose,
        DocumentType type,
        String originalName,
        long size,
        String sha256,
        Instant uploadedAt) {

    public boolean ownedBy(Requester requester) {
        return owner.equals(requester.accountId());
    }

    /** The name a downloaded copy is saved under, with the extension that fits its content. */
    public String downloadName() {
        return type.fileNameFor(originalName);
    }
}
