package org.openpathways.documents.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.domain.ReceivedContent;
import org.openpathways.shared.crypto.AesGcmFieldEncryption;
import org.openpathways.shared.crypto.FieldDecryptionException;
import org.openpathways.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seals document contents with the shared key ring before they reach the {@link DocumentStorage}, and opens them only
 * when they prove intact: AES-GCM shows any change to the stored bytes, the document id bound into the encryption
 * context shows a file swapped for another document's, and the SHA-256 recorded at upload is checked last.
 */
public class DocumentVault {

    private static final Logger log = LoggerFactory.getLogger(DocumentVault.class);

    private final DocumentStorage storage;
    private final FieldEncryption encryption;

    public DocumentVault(DocumentStorage storage, FieldEncryption encryption) {
        this.storage = storage;
        this.encryption = encryption;
    }

    /** The encryption context of a document's content: it ties the ciphertext to that document. */
    public static String context(DocumentId id) {
        return "documents.content:" + id;
    }

    public void put(DocumentId id, byte[] plaintext) {
        storage.write(id.toString(), encryption.encrypt(plaintext, context(id)));
    }

    /** @throws DocumentDamaged when the stored content is missing, altered or not the one recorded */
    public byte[] take(DocumentId id, String expectedSha256) {
        byte[] plaintext;
        try {
            plaintext = encryption.decrypt(storage.read(id.toString()), context(id));
        } catch (StoredContentMissing e) {
            throw new DocumentDamaged("The stored content of document " + id + " is missing", e);
        } catch (FieldDecryptionException e) {
            throw new DocumentDamaged("The stored content of document " + id + " does not decrypt", e);
        }
        if (!MessageDigest.isEqual(
                ReceivedContent.sha256Of(plaintext).getBytes(StandardCharsets.US_ASCII),
                expectedSha256.getBytes(StandardCharsets.US_ASCII))) {
            throw new DocumentDamaged("The stored content of document " + id + " does not match its SHA-256");
        }
        return plaintext;
    }

    /**
     * Encrypts the document again with the key ring's active key, after checking it is intact.
     *
     * @throws DocumentDamaged when it is not, in which case the stored file is left as it was
     */
    public void reseal(DocumentId id, String expectedSha256) {
        put(id, take(id, expectedSha256));
    }

    /** The id of the key that sealed the stored content, or {@code null} when it is not sealed content. */
    public @Nullable String keyIdOf(DocumentId id) {
        return AesGcmFieldEncryption.keyIdOf(storage.readPrefix(id.toString(), 2 + 255));
    }

    public void remove(DocumentId id) {
        storage.delete(id.toString());
    }

    /**
     * Stores the content as part of the current transaction: when the transaction does not commit, the file is removed
     * again, so no content outlives metadata that was never saved.
     */
    public void putWithinTransaction(DocumentId id, byte[] plaintext) {
        put(id, plaintext);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    removeQuietly(id);
                }
            }
        });
    }

    /** Removes the content once the current transaction commits; a deletion that rolls back keeps it. */
    public void removeAfterCommit(DocumentId id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(id);
            }
        });
    }

    /** The transaction's outcome stands either way; a file left behind is unreadable without its row. */
    private void removeQuietly(DocumentId id) {
        try {
            remove(id);
        } catch (RuntimeException e) {
            log.warn("The content of document {} could not be removed: {}", id, e.getMessage());
        }
    }
}
