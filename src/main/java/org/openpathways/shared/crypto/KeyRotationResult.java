package org.openpathways.shared.crypto;

import java.util.List;

/**
 * What a key rotation did; counts and key ids only.
 *
 * @param activeKeyId the new key that new values are encrypted with
 * @param reencrypted values (and stored items) now encrypted with the new key
 * @param changedMeanwhile values another transaction changed while they were being re-encrypted (read again, and
 *     redone when still needed)
 * @param unreadable values that could not be decrypted and were left as they were
 * @param removedKeys retired keys dropped from the key ring because no value uses them any more
 * @param keptKeys retired keys still kept, because values use them or transactions older than the rotation were open
 */
public record KeyRotationResult(
        String activeKeyId,
        long reencrypted,
        long changedMeanwhile,
        long unreadable,
        List<String> removedKeys,
        List<String> keptKeys) {}
