package org.openpathways.permits.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.permits.DecreeExtension;
import org.openpathways.permits.DecreeSelection;
import org.openpathways.permits.DecreeView;
import org.openpathways.permits.PermitNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extension decrees, the facts recorded about permits, and the cursor of the notices sent after a decree. */
@Repository
public class DecreeRecords {

    private static final String COLUMNS = "id, title, legal_basis, array_to_string(permit_types, ','),"
            + " expiring_from, expiring_to, array_to_string(nationalities, ','), required_fact, new_valid_until,"
            + " extension_months, extension_days, status, created_by, created_at, executed_by, executed_at,"
            + " permits_extended, version";

    private final JdbcClient jdbc;

    DecreeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DecreeView decree) {
        DecreeSelection selection = decree.selection();
        DecreeExtension extension = decree.extension();
        boolean byDate = extension.newValidUntil() != null;
        jdbc.sql("""
                        insert into permits_decree (id, title, legal_basis, permit_types, expiring_from, expiring_to,
                            nationalities, required_fact, new_valid_until, extension_months, extension_days, status,
                            created_by, created_at)
                        values (:id, :title, :basis, cast(:types as text[]), :from, :to, cast(:nationalities as text[]),
                            :fact, :until, :months, :days, 'draft', :by, :at)
                        """)
                .param("id", decree.id())
                .param("title", decree.title())
                .param("basis", decree.legalBasis())
                .param("types", DecreeExecution.arrayLiteral(selection.permitTypes()))
                .param("from", selection.expiringFrom())
                .param("to", selection.expiringTo())
                .param("nationalities", DecreeExecution.arrayLiteral(selection.nationalities()))
                .param("fact", selection.requiredFact())
                .param("until", extension.newValidUntil())
                .param("months", byDate ? null : extension.months())
                .param("days", byDate ? null : extension.days())
                .param("by", decree.createdBy())
                .param("at", Timestamp.from(decree.createdAt()))
                .update();
    }

    public Optional<DecreeView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from permits_decree where id = ?")
                .param(id)
                .query(this::decree)
                .optional();
    }

    /** The decree, its row locked until the transaction ends (one execution at a time). */
    public Optional<DecreeView> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from permits_decree where id = ? for update")
                .param(id)
                .query(this::decree)
                .optional();
    }

    /** The latest decrees first. */
    public List<DecreeView> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from permits_decree order by created_at desc, id limit ?")
                .param(limit)
                .query(this::decree)
                .list();
    }

    public void markExecuted(UUID id, String actor, Instant at, int extended) {
        jdbc.sql("""
                        update permits_decree set status = 'executed', executed_by = :by, executed_at = :at,
                            permits_extended = :extended, version = version + 1
                        where id = :id and status = 'draft'
                        """)
                .param("by", actor)
                .param("at", Timestamp.from(at))
                .param("extended", extended)
                .param("id", id)
                .update();
    }

    /** The last history row whose holder was told, locking the decree so that two senders never tell the same one. */
    public long lockNotifiedThrough(UUID decree) {
        return jdbc.sql("select notified_through from permits_decree where id = ? for update")
                .param(decree)
                .query(Long.class)
                .single();
    }

    public void notifiedThrough(UUID decree, long historyId) {
        jdbc.sql("update permits_decree set notified_through = ? where id = ? and notified_through < ?")
                .params(historyId, decree, historyId)
                .update();
    }

    /** The next extensions of the decree after the history row, in history order (keyset pagination). */
    public List<Extension> extensionsAfter(UUID decree, long historyId, int limit) {
        return jdbc.sql("""
                        select h.id, p.holder_id, p.number, h.valid_until_after
                        from permits_permit_history h join permits_permit p on p.id = h.permit_id
                        where h.change = 'extended' and h.reference = ? and h.id > ?
                        order by h.id limit ?
                        """)
                .params(DecreeView.reference(decree), historyId, limit)
                .query((rs, row) -> new Extension(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        PermitNumber.parse(rs.getString(3)).orElseThrow(),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** One permit a decree extended: its history row, holder, number and new end. */
    public record Extension(long historyId, UUID holderId, PermitNumber number, LocalDate validUntil) {}

    private DecreeView decree(ResultSet rs, int row) throws SQLException {
        LocalDate until = rs.getObject("new_valid_until", LocalDate.class);
        Timestamp executedAt = rs.getTimestamp("executed_at");
        int extended = rs.getInt("permits_extended");
        Integer permitsExtended = rs.wasNull() ? null : extended;
        return new DecreeView(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("legal_basis"),
                new DecreeSelection(
                        codes(rs.getString(4)),
                        rs.getObject("expiring_from", LocalDate.class),
                        rs.getObject("expiring_to", LocalDate.class),
                        codes(rs.getString(7)),
                        rs.getString("required_fact")),
                until != null
                        ? DecreeExtension.until(until)
                        : DecreeExtension.by(rs.getInt("extension_months"), rs.getInt("extension_days")),
                DecreeView.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("executed_by"),
                executedAt == null ? null : executedAt.toInstant(),
                permitsExtended,
                rs.getInt("version"));
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
