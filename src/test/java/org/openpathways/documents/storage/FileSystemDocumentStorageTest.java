package org.openpathways.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.util.FileSystemUtils;

class FileSystemDocumentStorageTest {

    private static Path folder;
    private static FileSystemDocumentStorage storage;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("documents-storage-test");
        storage = new FileSystemDocumentStorage(folder.resolve("documents"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }

    @Example
    void keepsBytesUnderAGeneratedKeyInAPrivateFile() throws IOException {
        String key = UUID.randomUUID().toString();
        storage.write(key, new byte[] {1, 2, 3});

        assertThat(storage.read(key)).containsExactly(1, 2, 3);
        Path file = storage.pathOf(key);
        assertThat(file.getParent().getParent()).isEqualTo(storage.root());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(storage.root())))
                .isEqualTo("rwx------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Example
    void writingAgainReplacesAndDeletingRemoves() {
        String key = UUID.randomUUID().toString();
        storage.write(key, new byte[] {1});
        storage.write(key, new byte[] {2, 2});
        assertThat(storage.read(key)).containsExactly(2, 2);

        storage.delete(key);
        storage.delete(key);
        assertThatThrownBy(() -> storage.read(key)).isInstanceOf(StoredContentMissing.class);
    }

    @Property(tries = 3000)
    void noKeyLeadsOutsideTheFolder(@ForAll("keys") String key) {
        Path path;
        try {
            path = storage.pathOf(key);
        } catch (IllegalArgumentException refused) {
            assertThatThrownBy(() -> storage.write(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(path.normalize()).startsWithRaw(storage.root());
        assertThat(path.getParent().getParent()).isEqualTo(storage.root());
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(60),
                Arbitraries.of(
                        "../../etc/passwd",
                        "..",
                        "/etc/passwd",
                        "00/../../x",
                        "aa/../../../../tmp/evil",
                        UUID.randomUUID() + "/../..",
                        UUID.randomUUID().toString().toUpperCase(),
                        UUID.randomUUID() + "\u0000",
                        "..\\..\\windows"),
                Arbitraries.strings().withChars("0123456789abcdef-./\\").ofLength(36));
    }
}
