package org.openpathways.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads entries for auditors, newest first, filtered by exact match on the indexed columns. */
@Component
class AuditEntries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    AuditEntryPage page(AuditEntryFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("""
                        select sequence, occurred_at, actor, action, record_type, record_id, purpose, details, hash
                          from audit_entry""" + where + """
                         order by sequence desc
                         limit :limit offset :offset
                        """)
                .params(params)
                .param("limit", size)
                .param("offset", (long) (page - 1) * size)
                .query(this::entry)
                .list();
        return new AuditEntryPage(entries, page, size, total);
    }

    private static String where(AuditEntryFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.recordType() != null) {
            where.append(" and record_type = :recordType");
            params.put("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.append(" and record_id = :recordId");
            params.put("recordId", filter.recordId());
        }
        if (filter.actor() != null) {
            where.append(" and actor in (:actor, :account)");
            params.put("actor", filter.actor());
            params.put("account", "account:" + filter.actor());
        }
        return where.append(' ').toString();
    }

    private AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(
                row.getLong("sequence"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"),
                row.getString("action"),
                row.getString("record_type"),
                row.getString("record_id"),
                row.getString("purpose"),
                details(row.getString("details")),
                row.getString("hash"));
    }

    /** The stored details; an entry altered into something that is not a JSON object is shown as it is stored. */
    private Map<String, String> details(String stored) {
        try {
            Map<String, String> details = new LinkedHashMap<>();
            json.readTree(stored).properties().forEach(field -> {
                var value = field.getValue();
                details.put(field.getKey(), value.isValueNode() ? value.asString() : value.toString());
            });
            return details;
        } catch (JacksonException e) {
            return Map.of("", stored);
        }
    }
}
