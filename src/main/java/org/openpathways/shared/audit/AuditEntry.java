package org.openpathways.shared.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as an auditor reads it.
 *
 * @param hash the entry's SHA-256 chain hash, a digest of every entry up to this one; kept outside the database, it
 *     lets a later reader see whether the trail up to here was rewritten
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String recordType,
        @Nullable String recordId,
        String purpose,
        Map<String, String> details,
        String hash) {}
