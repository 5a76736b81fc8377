package org.openpathways.documents.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.persistence.DocumentRecords;
import org.openpathways.documents.persistence.DocumentRecords.StoredChecksum;
import org.openpathways.shared.crypto.EncryptedStore;
import org.openpathways.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings document files onto the key ring's active key, the step of a key rotation that the shared
 * {@code EncryptedColumn} declarations cannot cover because the ciphertext lives in files, not in a column. The shared
 * {@code KeyRotation} calls it (as an {@link EncryptedStore}) after a new key became active and before retired keys are
 * removed from the key ring, and counts which keys the files use before dropping any.
 *
 * <p>Each file is checked (decrypted and compared with its SHA-256) before it is replaced, and replaced atomically, so
 * an interrupted run can simply be started again.
 */
@Component
public class DocumentKeyRotation implements EncryptedStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentKeyRotation.class);
    private static final int BATCH = 200;

    private final DocumentRecords records;
    private final DocumentVault vault;

    DocumentKeyRotation(DocumentRecords records, DocumentVault vault) {
        this.records = records;
        this.vault = vault;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public Map<String, Long> keyUsage() {
        Map<String, Long> usage = new TreeMap<>();
        forEachLiveDocument(document -> {
            try {
                String keyId = vault.keyIdOf(document.id());
                if (keyId != null) {
                    usage.merge(keyId, 1L, Long::sum);
                }
            } catch (StoredContentMissing missing) {
                log.error("Document {} has no stored content", document.id());
            }
        });
        return usage;
    }

    @Override
    public long reencrypt(FieldEncryption encryption, String activeKeyId) {
        return reencrypt(activeKeyId).resealed();
    }

    /** Re-encrypts every document that was not deleted with the active key; damaged ones are left and reported. */
    public Outcome reencryptAll() {
        return reencrypt(null);
    }

    private Outcome reencrypt(@Nullable String activeKeyId) {
        int[] resealed = {0};
        List<DocumentId> damaged = new ArrayList<>();
        forEachLiveDocument(document -> {
            try {
                if (activeKeyId != null && activeKeyId.equals(vault.keyIdOf(document.id()))) {
                    return;
                }
                vault.reseal(document.id(), document.sha256());
                resealed[0]++;
                if (!records.isLive(document.id())) {
                    // Deleted while it was being resealed: do not leave its content behind.
                    vault.remove(document.id());
                }
            } catch (DocumentDamaged | StoredContentMissing e) {
                log.error("Document {} was not re-encrypted: {}", document.id(), e.getMessage());
                damaged.add(document.id());
            }
        });
        return new Outcome(resealed[0], damaged);
    }

    private void forEachLiveDocument(Consumer<StoredChecksum> action) {
        Optional<DocumentId> after = Optional.empty();
        List<StoredChecksum> batch;
        do {
            batch = records.liveChecksumsAfter(after, BATCH);
            for (StoredChecksum document : batch) {
                action.accept(document);
                after = Optional.of(document.id());
            }
        } while (batch.size() == BATCH);
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
