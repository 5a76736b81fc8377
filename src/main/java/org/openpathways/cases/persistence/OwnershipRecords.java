package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.cases.OwnershipStep;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ownership history of cases (append-only: the database refuses updates and deletes, except re-encryption of the
 * reason, which is encrypted) and the change of a case's
 * owner when a transfer is accepted, which touches only the ownership columns of the case row.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class OwnershipRecords {

    static final String TABLE = "cases_ownership";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    OwnershipRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void append(OwnershipStep step) {
        jdbc.sql("""
                        insert into cases_ownership
                         (id, case_id, step, organisation_id, assigned_to, taken_by, reason, taken_at)
                        values (:id, :case, :step, :organisation, :assigned, :by, :reason, :at)
                        """)
                .param("id", step.id())
                .param("case", step.caseId())
                .param("step", step.kind().name())
                .param("organisation", step.organisationId())
                .param("assigned", step.assignedTo(), Types.OTHER)
                .param("by", step.takenBy(), Types.OTHER)
                .param(
                        "reason",
                        SealedTexts.seal(encryption, step.reason(), CaseManagementEncryptedColumns.OWNERSHIP_REASON),
                        Types.VARCHAR)
                .param("at", OffsetDateTime.ofInstant(step.takenAt(), ZoneOffset.UTC))
                .update();
    }

    /** The account that opened the case. */
    public Optional<UUID> openedBy(UUID caseId) {
        return jdbc.sql("select opened_by from cases_case where id = ?")
                .param(caseId)
                .query(UUID.class)
                .optional();
    }

    public List<OwnershipStep> of(UUID caseId) {
        return jdbc.sql("select * from cases_ownership where case_id = ? order by taken_at, id")
                .param(caseId)
                .query(this::step)
                .list();
    }

    /**
     * Hands the case to another organisation, with nobody in charge yet; the case must still belong to {@code from}.
     */
    public void changeOwner(UUID caseId, UUID from, UUID to) {
        int changed = jdbc.sql("update cases_case set organisation_id = :to, assigned_to = null, version = version + 1"
                        + " where id = :id and organisation_id = :from")
                .param("to", to)
                .param("id", caseId)
                .param("from", from)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Case " + caseId + " is no longer owned by " + from);
        }
    }

    private OwnershipStep step(ResultSet rs, int number) throws SQLException {
        return new OwnershipStep(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                OwnershipStep.Kind.valueOf(rs.getString("step")),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("assigned_to", UUID.class),
                rs.getObject("taken_by", UUID.class),
                SealedTexts.open(encryption, rs.getString("reason"), CaseManagementEncryptedColumns.OWNERSHIP_REASON),
                rs.getObject("taken_at", OffsetDateTime.class).toInstant());
    }
}
