package org.openpathways.shared.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as the audit trail keeps it. Never put personal data in it: name records by their ids.
 *
 * @param action what was done, as {@code module.verb}, e.g. {@code accounts.registered} or {@code accounts.read}
 * @param recordType the kind of record acted on, e.g. {@code account}
 * @param recordId the record's id, when there is one
 * @param purpose why it was done or read, e.g. {@code self-service} or {@code account-administration}
 * @param actor who did it; {@code null} means the person signed in ({@code account:<id>}), {@code anonymous} for a
 *     visitor, or {@code system} when there is no request (commands, scheduled jobs)
 * @param details further facts, without personal data
 */
public record AuditRecord(
        String action,
        String recordType,
        @Nullable String recordId,
        String purpose,
        @Nullable String actor,
        Map<String, String> details) {

    public AuditRecord {
        for (String required : new String[] {action, recordType, purpose}) {
            if (required.isBlank()) {
                throw new IllegalArgumentException("An audit record needs an action, a record type and a purpose");
            }
        }
        details = Map.copyOf(details);
    }

    public static AuditRecord of(String action, String recordType, @Nullable Object recordId, String purpose) {
        return new AuditRecord(
                action, recordType, recordId == null ? null : recordId.toString(), purpose, null, Map.of());
    }

    /** The same record, done by a named actor such as {@code system:demo-data} rather than the signed-in person. */
    public AuditRecord by(String actor) {
        return new AuditRecord(action, recordType, recordId, purpose, actor, details);
    }

    public AuditRecord with(String key, String value) {
        var more = new java.util.HashMap<>(details);
        more.put(key, value);
        return new AuditRecord(action, recordType, recordId, purpose, actor, more);
    }
}
