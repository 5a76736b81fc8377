package org.openpathways.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * How an entry's hash is computed: SHA-256 over the previous entry's hash and every field of the entry, each field
 * length-prefixed so that no two different entries can produce the same input.
 */
final class AuditChain {

    /** The "previous hash" of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(
            long sequence,
            Instant occurredAt,
            String actor,
            String action,
            String recordType,
            @Nullable String recordId,
            String purpose,
            String details,
            String previousHash) {
        MessageDigest digest = sha256();
        for (String field : new String[] {
            Long.toString(sequence),
            occurredAt.toString(),
            actor,
            action,
            recordType,
            recordId == null ? "\u0000" : recordId,
            purpose,
            details,
            previousHash
        }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
