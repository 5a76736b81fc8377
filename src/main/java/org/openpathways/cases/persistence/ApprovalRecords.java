package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.cases.ApprovalEntry;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval entries, subjects and comments encrypted, append-only: the database refuses updates and deletes (except
 * re-encrypting the texts), a second decision on a request, and a decision by the requester.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ApprovalRecords {

    static final String TABLE = "cases_approval";
    private static final String SELECT =
            "select a.*, c.reference from cases_approval a join cases_case c on c.id = a.case_id";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ApprovalRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Appends an entry; {@code requestedBy} is the request's author (the actor, for a request). */
    public void append(ApprovalEntry entry, UUID requestedBy) {
        jdbc.sql("""
                        insert into cases_approval
                         (id, case_id, request_id, entry, subject, comment, actor, requested_by, recorded_at)
                        values (:id, :case, :request, :entry, :subject, :comment, :actor, :requestedBy, :at)
                        """)
                .param("id", entry.id())
                .param("case", entry.caseId())
                .param("request", entry.requestId())
                .param("entry", entry.kind().name())
                .param(
                        "subject",
                        SealedTexts.seal(encryption, entry.subject(), CaseManagementEncryptedColumns.APPROVAL_SUBJECT),
                        Types.VARCHAR)
                .param(
                        "comment",
                        SealedTexts.seal(encryption, entry.comment(), CaseManagementEncryptedColumns.APPROVAL_COMMENT),
                        Types.VARCHAR)
                .param("actor", entry.actor())
                .param("requestedBy", requestedBy)
                .param("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    /** The request, locked until the transaction ends so that two decisions on it are taken one after the other. */
    public Optional<ApprovalEntry> request(UUID caseId, UUID requestId) {
        return jdbc.sql(SELECT + " where a.id = ? and a.case_id = ? and a.entry = 'REQUESTED' for update of a")
                .params(requestId, caseId)
                .query(this::entry)
                .optional();
    }

    public boolean decided(UUID requestId) {
        return jdbc.sql("select count(*) from cases_approval where request_id = ? and entry <> 'REQUESTED'")
                        .param(requestId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Every entry of the case, in the order recorded. */
    public List<ApprovalEntry> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where a.case_id = ? order by a.recorded_at, a.entry <> 'REQUESTED', a.id")
                .param(caseId)
                .query(this::entry)
                .list();
    }

    /** Requests without a decision on the cases an organisation owns, oldest first. */
    public List<ApprovalEntry> pendingIn(UUID organisation, int limit) {
        return jdbc.sql(SELECT + """
                         where c.organisation_id = ? and a.entry = 'REQUESTED'
                         and not exists (select 1 from cases_approval d where d.request_id = a.id and d.entry <> 'REQUESTED')
                         order by a.recorded_at, a.id limit ?
                        """)
                .params(organisation, limit)
                .query(this::entry)
                .list();
    }

    private ApprovalEntry entry(ResultSet rs, int number) throws SQLException {
        return new ApprovalEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("request_id", UUID.class),
                ApprovalEntry.Kind.valueOf(rs.getString("entry")),
                SealedTexts.open(encryption, rs.getString("subject"), CaseManagementEncryptedColumns.APPROVAL_SUBJECT),
                SealedTexts.open(encryption, rs.getString("comment"), CaseManagementEncryptedColumns.APPROVAL_COMMENT),
                rs.getObject("actor", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
