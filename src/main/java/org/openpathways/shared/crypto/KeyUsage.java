package org.openpathways.shared.crypto;

import java.util.List;

/**
 * Which keys the stored values use. Only key ids, never key material.
 *
 * @param activeKeyId the key new values are encrypted with
 * @param keys every key of the key ring, and every key id found in the data (even one the ring no longer holds)
 */
public record KeyUsage(String activeKeyId, List<Key> keys) {

    /**
     * @param values how many stored values use it
     * @param inKeyRing false when values name a key the key ring does not hold: they cannot be decrypted
     */
    public record Key(String id, long values, boolean active, boolean inKeyRing) {}
}
