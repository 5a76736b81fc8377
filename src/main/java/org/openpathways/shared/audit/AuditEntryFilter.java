package org.openpathways.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which entries an auditor wants to see; every criterion is optional and must match exactly. An actor may be given
 * as an account id alone, without the {@code account:} prefix.
 */
public record AuditEntryFilter(
        @Nullable String action,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable String actor) {

    /** Codes and ids only: letters, digits and {@code . _ : @ -}, at most 200 of them. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._:@-]{1,200}");

    public static final AuditEntryFilter NONE = new AuditEntryFilter(null, null, null, null);

    public AuditEntryFilter {
        action = blankToNull(action);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        actor = blankToNull(actor);
    }

    /** The names of the criteria that are not codes or ids (too long, or with other characters); empty when valid. */
    public List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        check(invalid, "action", action);
        check(invalid, "recordType", recordType);
        check(invalid, "recordId", recordId);
        check(invalid, "actor", actor);
        return invalid;
    }

    public boolean isEmpty() {
        return action == null && recordType == null && recordId == null && actor == null;
    }

    private static void check(List<String> invalid, String name, @Nullable String value) {
        if (value != null && !ALLOWED.matcher(value).matches()) {
            invalid.add(name);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
