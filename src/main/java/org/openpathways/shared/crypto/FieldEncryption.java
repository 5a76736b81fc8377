package org.openpathways.shared.crypto;

/**
 * Authenticated encryption of sensitive fields at rest (AES-256-GCM with a random nonce), and blind indexes that let
 * an encrypted value be found without decrypting every row.
 *
 * <p>Each ciphertext names the key that made it, so keys can be rotated while old values stay readable. The context
 * (normally {@code table.column}) is bound to the ciphertext as associated data: a value copied into another column
 * does not decrypt.
 */
public interface FieldEncryption {

    String encrypt(String plaintext, String context);

    /** @throws FieldDecryptionException when the value was altered, or its key is not in the key ring */
    String decrypt(String ciphertext, String context);

    byte[] encrypt(byte[] plaintext, String context);

    /** @throws FieldDecryptionException when the value was altered, or its key is not in the key ring */
    byte[] decrypt(byte[] ciphertext, String context);

    /**
     * A keyed, deterministic fingerprint (HMAC-SHA-256) of a value, for equality lookups such as finding an account by
     * e-mail. Normalise the value first (e.g. lower-case an e-mail address).
     */
    String blindIndex(String value, String context);
}
