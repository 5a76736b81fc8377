package org.openpathways.shared.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail as an auditor reads it. */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String recordType,
        @Nullable String recordId,
        String purpose,
        Map<String, String> details) {}
