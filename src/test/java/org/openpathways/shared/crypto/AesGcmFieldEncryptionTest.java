package org.openpathways.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmFieldEncryptionTest {

    private static final String CONTEXT = "accounts_account.email";

    private final AesGcmFieldEncryption encryption = new AesGcmFieldEncryption(KeyRing.generate());

    @Test
    void textAndBytesComeBackAsTheyWere() {
        String text = "amina.diallo@example.org — أمينة";
        byte[] bytes = "passport scan".getBytes(StandardCharsets.UTF_8);

        assertThat(encryption.decrypt(encryption.encrypt(text, CONTEXT), CONTEXT))
                .isEqualTo(text);
        assertThat(encryption.decrypt(encryption.encrypt(bytes, CONTEXT), CONTEXT))
                .isEqualTo(bytes);
        assertThat(encryption.decrypt(encryption.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void eachValueNamesItsKeyAndHidesThePlaintext() {
        String stored = encryption.encrypt("amina.diallo@example.org", CONTEXT);

        assertThat(stored).startsWith("v1:" + encryption.keyRing().activeKeyId() + ":");
        assertThat(stored).doesNotContain("amina");
        assertThat(AesGcmFieldEncryption.keyIdOf(stored))
                .isEqualTo(encryption.keyRing().activeKeyId());
        assertThat(AesGcmFieldEncryption.keyIdOf(encryption.encrypt(new byte[] {1, 2}, CONTEXT)))
                .isEqualTo(encryption.keyRing().activeKeyId());
        assertThat(AesGcmFieldEncryption.keyIdOf("plain text")).isNull();
        assertThat(AesGcmFieldEncryption.keyIdOf(new byte[] {9})).isNull();
    }

    @Test
    void twoEncryptionsOfTheSameValueDiffer() {
        assertThat(encryption.encrypt("same", CONTEXT)).isNotEqualTo(encryption.encrypt("same", CONTEXT));
        assertThat(encryption.encrypt(new byte[] {1}, CONTEXT))
                .isNotEqualTo(encryption.encrypt(new byte[] {1}, CONTEXT));
    }

    @Test
    void aTamperedValueIsRefused() {
        String stored = encryption.encrypt("amina.diallo@example.org", CONTEXT);
        int start = stored.lastIndexOf(':') + 1;
        byte[] sealed = Base64.getDecoder().decode(stored.substring(start));
        sealed[sealed.length - 20] ^= 1;
        String tampered = stored.substring(0, start)
                + Base64.getEncoder().withoutPadding().encodeToString(sealed);
        byte[] binary = encryption.encrypt(new byte[] {1, 2, 3}, CONTEXT);
        binary[binary.length - 1] ^= 1;

        assertThatThrownBy(() -> encryption.decrypt(tampered, CONTEXT)).isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt(binary, CONTEXT)).isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt("v1:k1:%%%", CONTEXT)).isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt("not encrypted", CONTEXT))
                .isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt(new byte[] {1, 0}, CONTEXT))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aValueMovedToAnotherFieldIsRefused() {
        String email = encryption.encrypt("amina.diallo@example.org", CONTEXT);
        byte[] scan = encryption.encrypt(new byte[] {1, 2, 3}, "documents_document.content");

        assertThatThrownBy(() -> encryption.decrypt(email, "accounts_account.phone"))
                .isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> encryption.decrypt(scan, "documents_document.thumbnail"))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aValueWhoseKeyIsNotInTheKeyRingIsRefused() {
        String stored = new AesGcmFieldEncryption(KeyRing.generate()).encrypt("x", CONTEXT);

        assertThatThrownBy(() -> encryption.decrypt(stored, CONTEXT))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("No key");
    }

    @Test
    void valuesMadeWithAnOlderKeyStayReadableAfterANewKeyIsAdded() {
        String old = encryption.encrypt("before", CONTEXT);

        encryption.use(encryption.keyRing().withNewActiveKey());

        assertThat(encryption.decrypt(old, CONTEXT)).isEqualTo("before");
        assertThat(AesGcmFieldEncryption.keyIdOf(encryption.encrypt("after", CONTEXT)))
                .isNotEqualTo(AesGcmFieldEncryption.keyIdOf(old));
    }

    @Test
    void theBlindIndexIsStableAndSeparatedByContextAndKey() {
        String index = encryption.blindIndex("amina.diallo@example.org", CONTEXT);

        assertThat(encryption.blindIndex("amina.diallo@example.org", CONTEXT)).isEqualTo(index);
        assertThat(encryption.blindIndex("amina.diallo@example.org", "accounts_account.phone"))
                .isNotEqualTo(index);
        assertThat(encryption.blindIndex("amina.diallo@example.net", CONTEXT)).isNotEqualTo(index);
        assertThat(index).doesNotContain("amina");
        assertThat(new AesGcmFieldEncryption(KeyRing.generate()).blindIndex("amina.diallo@example.org", CONTEXT))
                .isNotEqualTo(index);
    }

    @Test
    void theBlindIndexSurvivesADataKeyRotation() {
        String index = encryption.blindIndex("amina.diallo@example.org", CONTEXT);

        encryption.use(encryption.keyRing().withNewActiveKey());

        assertThat(encryption.blindIndex("amina.diallo@example.org", CONTEXT)).isEqualTo(index);
    }
}
