package org.openpathways.shared.crypto;

import java.util.Map;

/**
 * Encrypted data kept outside the columns declared as {@link EncryptedColumn}, such as document files encrypted with
 * {@link FieldEncryption#encrypt(byte[], String)}. A module that keeps such data publishes one bean of this type, so
 * that {@link KeyRotation} re-encrypts it with the other values and never drops a key it still needs.
 *
 * <p>Use {@link AesGcmFieldEncryption#keyIdOf(byte[])} (or {@link AesGcmFieldEncryption#keyIdOf(String)}) to tell
 * which key an item was encrypted with.
 */
public interface EncryptedStore {

    /** A short name for logs and reports, e.g. {@code documents}. */
    String name();

    /** How many stored items were encrypted with each key id. */
    Map<String, Long> keyUsage();

    /**
     * Re-encrypts every item whose key is not {@code activeKeyId}: decrypt with {@code encryption}, encrypt again with
     * it (new values use the active key), and replace the item atomically (e.g. write a new file, then rename it over
     * the old one). Runs while the application serves requests, so an item changed meanwhile is left as it is or
     * redone; an item that cannot be decrypted is left as it is.
     *
     * @return how many items were re-encrypted
     */
    long reencrypt(FieldEncryption encryption, String activeKeyId);
}
