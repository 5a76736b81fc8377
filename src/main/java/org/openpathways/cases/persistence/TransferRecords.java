package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.TransferService;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Transfers of cases, their reasons encrypted; at most one pending per case (a unique index). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class TransferRecords {

    static final String TABLE = "cases_transfer";
    private static final String SELECT =
            "select t.*, c.reference from cases_transfer t join cases_case c on c.id = t.case_id";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    TransferRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(CaseTransfer transfer) {
        jdbc.sql("""
                        insert into cases_transfer (id, case_id, from_organisation, to_organisation, service, reason,
                         requested_by, requested_at, status, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)
                        """)
                .params(
                        transfer.id(),
                        transfer.caseId(),
                        transfer.fromOrganisation(),
                        transfer.toOrganisation(),
                        transfer.service().name(),
                        encryption.encrypt(transfer.reason(), CaseManagementEncryptedColumns.TRANSFER_REASON.context()),
                        transfer.requestedBy(),
                        OffsetDateTime.ofInstant(transfer.requestedAt(), ZoneOffset.UTC))
                .update();
    }

    public Optional<CaseTransfer> find(UUID caseId, UUID id) {
        return jdbc.sql(SELECT + " where t.id = ? and t.case_id = ?")
                .params(id, caseId)
                .query(this::transfer)
                .optional();
    }

    public boolean pendingFor(UUID caseId) {
        return jdbc.sql("select count(*) from cases_transfer where case_id = ? and status = 'PENDING'")
                        .param(caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<CaseTransfer> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where t.case_id = ? order by t.requested_at desc, t.id")
                .param(caseId)
                .query(this::transfer)
                .list();
    }

    /** Pending transfers to ({@code incoming}) or from an organisation, oldest first. */
    public List<CaseTransfer> pending(UUID organisation, boolean incoming, int limit) {
        String column = incoming ? "t.to_organisation" : "t.from_organisation";
        return jdbc.sql(SELECT + " where " + column
                        + " = ? and t.status = 'PENDING' order by t.requested_at, t.id limit ?")
                .params(organisation, limit)
                .query(this::transfer)
                .list();
    }

    /** Records the decision on a pending transfer; the version must be the one read. */
    public void decide(
            UUID id, CaseTransfer.Status status, UUID by, java.time.Instant at, @Nullable String reason, long version) {
        int changed = jdbc.sql("""
                        update cases_transfer set status = ?, decided_by = ?, decided_at = ?, decline_reason = ?,
                         version = version + 1
                        where id = ? and version = ? and status = 'PENDING'
                        """)
                .params(
                        status.name(),
                        by,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        SealedTexts.seal(encryption, reason, CaseManagementEncryptedColumns.DECLINE_REASON),
                        id,
                        version)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Transfer " + id + " changed since version " + version);
        }
    }

    private CaseTransfer transfer(ResultSet rs, int number) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new CaseTransfer(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("from_organisation", UUID.class),
                rs.getObject("to_organisation", UUID.class),
                TransferService.valueOf(rs.getString("service")),
                encryption.decrypt(rs.getString("reason"), CaseManagementEncryptedColumns.TRANSFER_REASON.context()),
                rs.getObject("requested_by", UUID.class),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                CaseTransfer.Status.valueOf(rs.getString("status")),
                rs.getObject("decided_by", UUID.class),
                decided == null ? null : decided.toInstant(),
                SealedTexts.open(
                        encryption, rs.getString("decline_reason"), CaseManagementEncryptedColumns.DECLINE_REASON),
                rs.getLong("version"));
    }
}
