package org.openpathways.documents.storage;

/**
 * Keeps the sealed (already encrypted) contents of documents under generated keys. Implementations see only
 * ciphertext and never a name or anything else a person chose; the file system is the first, an object store could be
 * another.
 */
public interface DocumentStorage {

    /**
     * Stores the bytes under the key, replacing what was there; either all bytes are stored or none.
     *
     * @throws IllegalArgumentException when the key is not a generated document key
     */
    void write(String key, byte[] sealed);

    /** @throws StoredContentMissing when nothing is stored under the key */
    byte[] read(String key);

    /**
     * The first bytes stored under the key (fewer if there are fewer), e.g. to learn which key sealed it.
     *
     * @throws StoredContentMissing when nothing is stored under the key
     */
    byte[] readPrefix(String key, int length);

    /** Removes what is stored under the key, if anything. */
    void delete(String key);
}
