package org.openpathways.documents.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.persistence.DocumentRecords;
import org.openpathways.documents.persistence.DocumentRecords.StoredChecksum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings document files onto the key ring's active key, the step of a key rotation that the shared
 * {@code EncryptedColumn} declarations cannot cover because the ciphertext lives in files, not in a column. Run it
 * after a new key became active and before retired keys are removed from the key ring.
 *
 * <p>Each file is checked (decrypted and compared with its SHA-256) before it is replaced, and replaced atomically, so
 * an interrupted run can simply be started again.
 */
@Component
public class DocumentKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(DocumentKeyRotation.class);
    private static final int BATCH = 200;

    private final DocumentRecords records;
    private final DocumentVault vault;

    DocumentKeyRotation(DocumentRecords records, DocumentVault vault) {
        this.records = records;
        this.vault = vault;
    }

    /** Re-encrypts every document that was not deleted with the active key; damaged ones are left and reported. */
    public Outcome reencryptAll() {
        int resealed = 0;
        List<DocumentId> damaged = new ArrayList<>();
        Optional<DocumentId> after = Optional.empty();
        List<StoredChecksum> batch;
        do {
            batch = records.liveChecksumsAfter(after, BATCH);
            for (StoredChecksum document : batch) {
                try {
                    vault.reseal(document.id(), document.sha256());
                    resealed++;
                    if (!records.isLive(document.id())) {
                        // Deleted while it was being resealed: do not leave its content behind.
                        vault.remove(document.id());
                    }
                } catch (DocumentDamaged e) {
                    log.error("Document {} was not re-encrypted: {}", document.id(), e.getMessage());
                    damaged.add(document.id());
                }
                after = Optional.of(document.id());
            }
        } while (batch.size() == BATCH);
        return new Outcome(resealed, damaged);
    }

    /**
     * @param resealed how many documents are now encrypted with the active key
     * @param damaged documents that could not be checked and still use their old key, if they can be read at all
     */
    public record Outcome(int resealed, List<DocumentId> damaged) {

        public Outcome {
            damaged = List.copyOf(damaged);
        }
    }
}
