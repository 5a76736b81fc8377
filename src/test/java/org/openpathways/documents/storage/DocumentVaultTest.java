package org.openpathways.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.SampleFiles;
import org.openpathways.documents.domain.ReceivedContent;
import org.openpathways.shared.crypto.AesGcmFieldEncryption;
import org.openpathways.shared.crypto.KeyRing;
import org.springframework.util.FileSystemUtils;

class DocumentVaultTest {

    private static final String SECRET = "PASSPORT-NUMBER-X1234567-of-Amina-Yusuf";

    private Path folder;
    private FileSystemDocumentStorage storage;
    private AesGcmFieldEncryption encryption;
    private DocumentVault vault;

    @BeforeEach
    void openVault() throws IOException {
        folder = Files.createTempDirectory("documents-vault-test");
        storage = new FileSystemDocumentStorage(folder);
        encryption = new AesGcmFieldEncryption(KeyRing.generate());
        vault = new DocumentVault(storage, encryption);
    }

    @AfterEach
    void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void contentComesBackAsStoredButIsEncryptedOnDisk() throws IOException {
        DocumentId id = DocumentId.generate();
        byte[] pdf = SampleFiles.aPdfSaying(SECRET);

        vault.put(id, pdf);

        assertThat(vault.take(id, ReceivedContent.sha256Of(pdf))).isEqualTo(pdf);
        byte[] raw = Files.readAllBytes(storage.pathOf(id.toString()));
        String rawText = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(rawText).doesNotContain(SECRET).doesNotContain("%PDF").doesNotContain("Amina");
    }

    @Test
    void aChangedByteOnDiskIsDetected() throws IOException {
        DocumentId id = DocumentId.generate();
        byte[] pdf = SampleFiles.aPdf();
        vault.put(id, pdf);
        Path file = storage.pathOf(id.toString());
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length - 20] ^= 1;
        Files.write(file, raw);

        assertThatThrownBy(() -> vault.take(id, ReceivedContent.sha256Of(pdf))).isInstanceOf(DocumentDamaged.class);
    }

    @Test
    void anotherDocumentsFileCopiedOverThisOneIsDetected() throws IOException {
        DocumentId mine = DocumentId.generate();
        DocumentId theirs = DocumentId.generate();
        vault.put(mine, SampleFiles.aPdf());
        vault.put(theirs, SampleFiles.aPng());
        Files.copy(
                storage.pathOf(theirs.toString()),
                storage.pathOf(mine.toString()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> vault.take(mine, ReceivedContent.sha256Of(SampleFiles.aPdf())))
                .isInstanceOf(DocumentDamaged.class);
    }

    @Test
    void aValidlyEncryptedButDifferentContentFailsTheChecksum() {
        DocumentId id = DocumentId.generate();
        byte[] original = SampleFiles.aPdfSaying("original");
        vault.put(id, original);
        // Someone holding the key re-encrypts other content for the same document: only the SHA-256 can tell.
        storage.write(id.toString(), encryption.encrypt(SampleFiles.aPdfSaying("forged"), DocumentVault.context(id)));

        assertThatThrownBy(() -> vault.take(id, ReceivedContent.sha256Of(original)))
                .isInstanceOf(DocumentDamaged.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void aMissingFileIsReportedAsDamage() {
        DocumentId id = DocumentId.generate();
        assertThatThrownBy(() -> vault.take(id, ReceivedContent.sha256Of(new byte[] {1})))
                .isInstanceOf(DocumentDamaged.class);
    }

    @Test
    void resealingMovesTheFileToTheActiveKey() {
        DocumentId id = DocumentId.generate();
        byte[] pdf = SampleFiles.aPdf();
        vault.put(id, pdf);
        KeyRing before = encryption.keyRing();
        encryption.use(before.withNewActiveKey());

        vault.reseal(id, ReceivedContent.sha256Of(pdf));

        var onlyNewKey = new AesGcmFieldEncryption(encryption.keyRing().withoutRetiredKeys());
        var onlyOldKey = new AesGcmFieldEncryption(before);
        byte[] raw = storage.read(id.toString());
        assertThat(onlyNewKey.decrypt(raw, DocumentVault.context(id))).isEqualTo(pdf);
        assertThatThrownBy(() -> onlyOldKey.decrypt(raw, DocumentVault.context(id)))
                .isInstanceOf(org.openpathways.shared.crypto.FieldDecryptionException.class);
    }
}
