package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.cases.CaseTask;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tasks on cases, titles encrypted (context {@code cases_task.title}); a task read on a day knows whether it is overdue. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class TaskRecords {

    static final String TABLE = "cases_task";
    private static final String TITLE = TABLE + ".title";
    private static final String SELECT =
            "select t.*, c.reference from cases_task t join cases_case c on c.id = t.case_id";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    TaskRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(UUID id, UUID caseId, String title, LocalDate due, UUID assignee, UUID by, Instant at) {
        jdbc.sql("""
                        insert into cases_task (id, case_id, title, due_date, assigned_to, created_by, created_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, 0)
                        """)
                .params(
                        id,
                        caseId,
                        encryption.encrypt(title, TITLE),
                        due,
                        assignee,
                        by,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    public Optional<CaseTask> find(UUID caseId, UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " where t.id = ? and t.case_id = ?")
                .params(id, caseId)
                .query((rs, n) -> task(rs, today))
                .optional();
    }

    /** The case's tasks, open ones first, each group by due date. */
    public List<CaseTask> ofCase(UUID caseId, LocalDate today) {
        return jdbc.sql(SELECT + " where t.case_id = ? order by t.completed_at is not null, t.due_date, t.created_at")
                .param(caseId)
                .query((rs, n) -> task(rs, today))
                .list();
    }

    /** The open tasks in an account's charge, by due date. */
    public List<CaseTask> openFor(UUID account, LocalDate today, int limit) {
        return jdbc.sql(SELECT
                        + " where t.assigned_to = ? and t.completed_at is null order by t.due_date, t.id limit ?")
                .params(account, limit)
                .query((rs, n) -> task(rs, today))
                .list();
    }

    /** The open tasks due before today on the cases an organisation owns, by due date. */
    public List<CaseTask> overdueIn(UUID organisation, LocalDate today, int limit) {
        return jdbc.sql(SELECT + " where c.organisation_id = ? and t.completed_at is null and t.due_date < ?"
                        + " order by t.due_date, t.id limit ?")
                .params(organisation, today, limit)
                .query((rs, n) -> task(rs, today))
                .list();
    }

    /** Marks the task done; the version must be the one read, and the task still open. */
    public void complete(UUID id, UUID by, Instant at, long expectedVersion) {
        int changed = jdbc.sql("update cases_task set completed_at = ?, completed_by = ?, version = version + 1"
                        + " where id = ? and version = ? and completed_at is null")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, id, expectedVersion)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Task " + id + " changed since version " + expectedVersion);
        }
    }

    private CaseTask task(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new CaseTask(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("reference"),
                encryption.decrypt(rs.getString("title"), TITLE),
                due,
                rs.getObject("assigned_to", UUID.class),
                rs.getObject("created_by", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant(),
                rs.getObject("completed_by", UUID.class),
                completed == null && due.isBefore(today),
                rs.getLong("version"));
    }
}
