package org.openpathways.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path folder;

    @Test
    void aSavedKeyRingIsReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("keys/keyring.properties");

        KeyRing.generate().save(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aSavedKeyRingLoadsWithTheSameKeys() {
        Path file = folder.resolve("keyring.properties");
        KeyRing ring = KeyRing.generate().withNewActiveKey();
        ring.save(file);
        AesGcmFieldEncryption before = new AesGcmFieldEncryption(ring);
        String stored = before.encrypt("value", "t.c");

        KeyRing loaded = KeyRing.load(file);

        assertThat(loaded.keyIds()).isEqualTo(ring.keyIds());
        assertThat(loaded.activeKeyId()).isEqualTo(ring.activeKeyId());
        assertThat(new AesGcmFieldEncryption(loaded).decrypt(stored, "t.c")).isEqualTo("value");
        assertThat(new AesGcmFieldEncryption(loaded).blindIndex("v", "t.c")).isEqualTo(before.blindIndex("v", "t.c"));
    }

    @Test
    void savingAgainReplacesTheFileWhole() {
        Path file = folder.resolve("keyring.properties");
        KeyRing first = KeyRing.generate();
        first.save(file);
        KeyRing second = first.withNewActiveKey();

        second.save(file);

        assertThat(KeyRing.load(file).keyIds()).isEqualTo(second.keyIds());
    }

    @Test
    void retiredKeysCanBeRemovedButNotTheActiveOne() {
        KeyRing first = KeyRing.generate();
        KeyRing rotated = first.withNewActiveKey();

        assertThat(rotated.withoutKeys(Set.of(first.activeKeyId())).keyIds()).containsExactly(rotated.activeKeyId());
        assertThatThrownBy(() -> rotated.withoutKeys(Set.of(rotated.activeKeyId())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
