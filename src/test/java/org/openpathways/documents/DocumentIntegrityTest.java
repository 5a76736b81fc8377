package org.openpathways.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpathways.documents.storage.DocumentKeyRotation;
import org.openpathways.documents.storage.DocumentStorage;
import org.openpathways.documents.storage.DocumentVault;
import org.openpathways.documents.storage.FileSystemDocumentStorage;
import org.openpathways.shared.crypto.AesGcmFieldEncryption;
import org.openpathways.shared.crypto.FieldDecryptionException;
import org.openpathways.shared.crypto.KeyRing;
import org.openpathways.shared.crypto.KeyRotation;
import org.openpathways.shared.crypto.KeyRotationResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored documents stay as uploaded, or say they are not; keys rotate onto them; names stay out of the logs. */
@DocumentsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DocumentIntegrityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Documents documents;

    @Autowired
    DocumentStorage storage;

    @Autowired
    AesGcmFieldEncryption encryption;

    @Autowired
    DocumentKeyRotation rotation;

    @Autowired
    JdbcClient jdbc;

    private final UUID owner = UUID.randomUUID();
    private final Requester requester = new Requester(owner, Set.of("APPLICANT"));

    @Test
    void anAlteredFileIsNotGivenOut() throws Exception {
        DocumentId id = upload("contract.pdf", SampleFiles.aPdf());
        Path file = files().pathOf(id.toString());
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length / 2] ^= 0x40;
        Files.write(file, raw);

        mvc.perform(get("/api/v1/documents/{id}/content", id).with(user(owner.toString())))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/documents.damaged"));
        assertThat(AuditEntries.about(jdbc, id))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("documents.uploaded");
    }

    @Test
    void aFileReplacedByValidlyEncryptedOtherContentFailsItsChecksum() {
        DocumentId id = upload("contract.pdf", SampleFiles.aPdfSaying("signed for 12 months"));
        storage.write(
                id.toString(),
                encryption.encrypt(SampleFiles.aPdfSaying("signed for 1 month"), DocumentVault.context(id)));

        assertThatThrownBy(() -> documents.open(id, requester, Documents.SELF_SERVICE))
                .hasMessageContaining("documents.damaged");
    }

    @Test
    void aChangedChecksumInTheDatabaseIsDetectedToo() {
        DocumentId id = upload("contract.pdf", SampleFiles.aPdf());
        jdbc.sql("update documents_document set sha256 = ? where id = ?")
                .params("0".repeat(64), id.value())
                .update();

        assertThatThrownBy(() -> documents.open(id, requester, Documents.SELF_SERVICE))
                .hasMessageContaining("documents.damaged");
    }

    @Test
    void keyRotationReEncryptsEveryStoredDocumentWithTheNewKey() {
        byte[] pdf = SampleFiles.aPdfSaying("rotate me");
        DocumentId id = upload("rotate.pdf", pdf);
        DocumentId broken = upload("broken.pdf", SampleFiles.aPdf());
        storage.write(broken.toString(), new byte[] {1, 2, 3});
        KeyRing before = encryption.keyRing();
        encryption.use(before.withNewActiveKey());

        DocumentKeyRotation.Outcome outcome = rotation.reencryptAll();

        assertThat(outcome.resealed()).isPositive();
        assertThat(outcome.damaged()).contains(broken).doesNotContain(id);
        assertThat(storage.read(broken.toString())).as("left as it was").containsExactly(1, 2, 3);
        byte[] raw = storage.read(id.toString());
        var onlyNewKey = new AesGcmFieldEncryption(encryption.keyRing().withoutRetiredKeys());
        assertThat(onlyNewKey.decrypt(raw, DocumentVault.context(id))).isEqualTo(pdf);
        assertThatThrownBy(() -> new AesGcmFieldEncryption(before).decrypt(raw, DocumentVault.context(id)))
                .isInstanceOf(FieldDecryptionException.class);
        assertThat(documents.open(id, requester, Documents.SELF_SERVICE).bytes())
                .isEqualTo(pdf);
    }

    @Test
    void thePlatformsKeyRotationCoversDocumentFilesAndDropsTheOldKeyOnlyWhenNothingUsesIt(
            @Autowired KeyRotation keyRotation) {
        byte[] pdf = SampleFiles.aPdfSaying("rotated by the platform");
        DocumentId id = upload("platform-rotation.pdf", pdf);
        String oldKey = AesGcmFieldEncryption.keyIdOf(storage.read(id.toString()));
        long usedBefore = valuesUsing(keyRotation, oldKey);
        assertThat(usedBefore).isPositive();

        KeyRotationResult result = keyRotation.rotate();

        assertThat(AesGcmFieldEncryption.keyIdOf(storage.read(id.toString()))).isEqualTo(result.activeKeyId());
        long usedAfter = valuesUsing(keyRotation, oldKey);
        assertThat(usedAfter).isLessThan(usedBefore);
        assertThat(result.removedKeys().contains(oldKey)).isEqualTo(usedAfter == 0);
        assertThat(documents.open(id, requester, Documents.SELF_SERVICE).bytes())
                .isEqualTo(pdf);
    }

    private static long valuesUsing(KeyRotation keyRotation, String keyId) {
        return keyRotation.usage().keys().stream()
                .filter(key -> key.id().equals(keyId))
                .mapToLong(key -> key.values())
                .sum();
    }

    @Test
    void anUploadRolledBackByItsCallerLeavesNoFileBehind(@Autowired TransactionTemplate transactions)
            throws IOException {
        long filesBefore = storedFiles();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    upload("rolled-back.pdf", SampleFiles.aPdf());
                    throw new IllegalStateException("a later step of the caller failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(documents.listOwn(requester, 0, 10).total()).isZero();
    }

    @Test
    void fileNamesNeverReachTheLogsOrTheAuditTrail(CapturedOutput output) throws Exception {
        String name = "Amina-Yusuf-asylum-statement";
        DocumentId id = upload(name + ".pdf", SampleFiles.aPdf());
        mvc.perform(get("/api/v1/documents/{id}/content", id).with(user(owner.toString())))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/documents")
                        .file(new MockMultipartFile("file", name + ".pdf", "application/pdf", SampleFiles.anHtmlPage()))
                        .param("purpose", "evidence")
                        .with(user(owner.toString()))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        Files.write(files().pathOf(id.toString()), new byte[] {1, 2, 3});
        mvc.perform(get("/api/v1/documents/{id}/content", id).with(user(owner.toString())))
                .andExpect(status().isInternalServerError());

        assertThat(output.getAll()).contains(id.toString()).doesNotContain(name);
        assertThat(jdbc.sql("select count(*) from audit_entry where details like ?")
                        .param("%" + name + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private DocumentId upload(String name, byte[] content) {
        return documents
                .upload(requester, DocumentPurpose.EMPLOYMENT, name, new ByteArrayInputStream(content))
                .id();
    }

    private FileSystemDocumentStorage files() {
        return (FileSystemDocumentStorage) storage;
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(files().root())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
