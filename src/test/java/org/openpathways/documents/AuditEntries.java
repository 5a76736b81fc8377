package org.openpathways.documents;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads back what the audit trail recorded about a document. */
public final class AuditEntries {

    private AuditEntries() {}

    public static List<Entry> about(JdbcClient jdbc, DocumentId document) {
        return jdbc.sql("select action, actor, purpose, details from audit_entry"
                        + " where record_type = 'document' and record_id = ? order by sequence")
                .param(document.toString())
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public record Entry(String action, String actor, String purpose, String details) {}
}
