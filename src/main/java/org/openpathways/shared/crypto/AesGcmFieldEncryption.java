package org.openpathways.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM with a 96-bit random nonce per value and the context as associated data.
 *
 * <p>Text values are stored as {@code v1:<key id>:<base64 of nonce and ciphertext>}; binary values as a version byte,
 * the key id's length and bytes, the nonce and the ciphertext.
 */
public class AesGcmFieldEncryption implements FieldEncryption {

    private static final String PREFIX = "v1:";
    private static final byte BINARY_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicReference<KeyRing> keyRing;

    public AesGcmFieldEncryption(KeyRing keyRing) {
        this.keyRing = new AtomicReference<>(keyRing);
    }

    /** Switches to a new key ring, e.g. after a rotation added a key. */
    public void use(KeyRing newKeyRing) {
        keyRing.set(newKeyRing);
    }

    public KeyRing keyRing() {
        return keyRing.get();
    }

    @Override
    public String encrypt(String plaintext, String context) {
        KeyRing keys = keyRing.get();
        byte[] sealed = seal(keys.activeKey(), plaintext.getBytes(StandardCharsets.UTF_8), context);
        return PREFIX + keys.activeKeyId() + ":"
                + Base64.getEncoder().withoutPadding().encodeToString(sealed);
    }

    @Override
    public String decrypt(String ciphertext, String context) {
        if (!ciphertext.startsWith(PREFIX)) {
            throw new FieldDecryptionException("Not an encrypted value");
        }
        int separator = ciphertext.indexOf(':', PREFIX.length());
        if (separator < 0) {
            throw new FieldDecryptionException("Not an encrypted value");
        }
        String keyId = ciphertext.substring(PREFIX.length(), separator);
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(ciphertext.substring(separator + 1));
        } catch (IllegalArgumentException e) {
            throw new FieldDecryptionException("Not an encrypted value", e);
        }
        return new String(open(keyRing.get().dataKey(keyId), sealed, context), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encrypt(byte[] plaintext, String context) {
        KeyRing keys = keyRing.get();
        byte[] keyId = keys.activeKeyId().getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = seal(keys.activeKey(), plaintext, context);
        return ByteBuffer.allocate(2 + keyId.length + sealed.length)
                .put(BINARY_VERSION)
                .put((byte) keyId.length)
                .put(keyId)
                .put(sealed)
                .array();
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, String context) {
        if (ciphertext.length < 2 || ciphertext[0] != BINARY_VERSION) {
            throw new FieldDecryptionException("Not an encrypted value");
        }
        int keyIdLength = ciphertext[1] & 0xff;
        if (ciphertext.length < 2 + keyIdLength + NONCE_BYTES) {
            throw new FieldDecryptionException("Not an encrypted value");
        }
        String keyId = new String(ciphertext, 2, keyIdLength, StandardCharsets.US_ASCII);
        byte[] sealed = java.util.Arrays.copyOfRange(ciphertext, 2 + keyIdLength, ciphertext.length);
        return open(keyRing.get().dataKey(keyId), sealed, context);
    }

    /** The id of the key a stored text value was encrypted with, or {@code null} when it is not such a value. */
    public static @Nullable String keyIdOf(String ciphertext) {
        int separator = ciphertext.indexOf(':', PREFIX.length());
        return ciphertext.startsWith(PREFIX) && separator > PREFIX.length()
                ? ciphertext.substring(PREFIX.length(), separator)
                : null;
    }

    /** The id of the key a stored binary value was encrypted with, or {@code null} when it is not such a value. */
    public static @Nullable String keyIdOf(byte[] ciphertext) {
        if (ciphertext.length < 2 || ciphertext[0] != BINARY_VERSION) {
            return null;
        }
        int length = ciphertext[1] & 0xff;
        return ciphertext.length < 2 + length ? null : new String(ciphertext, 2, length, StandardCharsets.US_ASCII);
    }

    @Override
    public String blindIndex(String value, String context) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyRing.get().indexKey());
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] seal(SecretKey key, byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                    .put(nonce)
                    .put(encrypted)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] sealed, String context) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new FieldDecryptionException("Not an encrypted value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new FieldDecryptionException("The value was altered or belongs to another field", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }
}
