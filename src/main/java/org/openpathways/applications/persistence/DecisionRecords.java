package org.openpathways.applications.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions and appeals. Free texts (a caseworker's reasons, a supervisor's comment, an appellant's grounds, a
 * reviewer's reasons) are encrypted, since they speak about a person.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DecisionRecords {

    static final String DECISION = "applications_decision";
    static final String APPEAL = "applications_appeal";
    private static final String FREE_TEXT = DECISION + ".free_text";
    private static final String RETURN_COMMENT = DECISION + ".return_comment";
    private static final String GROUNDS = APPEAL + ".grounds";
    private static final String LATE_REASON = APPEAL + ".late_reason";
    private static final String OUTCOME_REASON = APPEAL + ".outcome_reason";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    DecisionRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** A decision as stored; {@code status} is {@code recommended}, {@code final} or {@code returned}. */
    public record DecisionRow(
            UUID id,
            UUID applicationId,
            String outcome,
            List<String> criteria,
            List<String> grounds,
            @Nullable String freeText,
            boolean flagged,
            String status,
            UUID recommendedBy,
            Instant recommendedAt,
            @Nullable UUID checkedBy,
            @Nullable Instant checkedAt,
            @Nullable String returnComment,
            @Nullable LocalDate appealDeadline,
            @Nullable String permitNumber) {}

    /** An appeal as stored; {@code status} is {@code late}, {@code filed}, {@code not-admitted} or an outcome. */
    public record AppealRow(
            UUID id,
            UUID applicationId,
            UUID decisionId,
            Instant filedAt,
            LocalDate filedOn,
            String grounds,
            boolean late,
            @Nullable String lateReason,
            String status,
            @Nullable UUID reviewer,
            @Nullable Instant decidedAt,
            @Nullable String outcomeReason) {}

    public void insertDecision(DecisionRow decision) {
        jdbc.sql("""
                        insert into applications_decision (id, application_id, outcome, criteria, grounds, free_text,
                            flagged, status, recommended_by, recommended_at, checked_by, checked_at, appeal_deadline)
                        values (:id, :application, :outcome, :criteria, :grounds, :freeText, :flagged, :status, :by, :at,
                            :checkedBy, :checkedAt, :deadline)
                        """)
                .param("id", decision.id())
                .param("application", decision.applicationId())
                .param("outcome", decision.outcome())
                .param("criteria", decision.criteria().toArray(String[]::new))
                .param("grounds", decision.grounds().toArray(String[]::new))
                .param("freeText", encrypt(decision.freeText(), FREE_TEXT), Types.VARCHAR)
                .param("flagged", decision.flagged())
                .param("status", decision.status())
                .param("by", decision.recommendedBy())
                .param("at", ApplicationRecords.at(decision.recommendedAt()))
                .param("checkedBy", decision.checkedBy(), Types.OTHER)
                .param(
                        "checkedAt",
                        decision.checkedAt() == null ? null : ApplicationRecords.at(decision.checkedAt()),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("deadline", decision.appealDeadline(), Types.DATE)
                .update();
    }

    /** The application's latest decision, recommended or final. */
    public Optional<DecisionRow> latest(UUID application) {
        return jdbc.sql("select * from applications_decision where application_id = :id and status <> 'returned'"
                        + " order by recommended_at desc limit 1")
                .param("id", application)
                .query(this::decision)
                .optional();
    }

    public void check(
            UUID decision,
            UUID by,
            Instant at,
            String status,
            @Nullable String comment,
            @Nullable LocalDate appealDeadline) {
        jdbc.sql("""
                        update applications_decision set status = :status, checked_by = :by, checked_at = :at,
                            return_comment = :comment, appeal_deadline = :deadline
                        where id = :id and status = 'recommended'
                        """)
                .param("status", status)
                .param("by", by)
                .param("at", ApplicationRecords.at(at))
                .param("comment", encrypt(comment, RETURN_COMMENT), Types.VARCHAR)
                .param("deadline", appealDeadline, Types.DATE)
                .param("id", decision)
                .update();
    }

    /** The permit issued on this decision (an approval, or a refusal overturned on appeal). */
    public void permitIssued(UUID decision, String permitNumber) {
        jdbc.sql("update applications_decision set permit_number = :number where id = :id")
                .param("number", permitNumber)
                .param("id", decision)
                .update();
    }

    public void renews(UUID application, String permitNumber) {
        jdbc.sql("insert into applications_renewal (application_id, permit_number) values (:id, :number)")
                .param("id", application)
                .param("number", permitNumber)
                .update();
    }

    /** The permit an application renews; empty when it is a first application. */
    public Optional<String> renewedPermit(UUID application) {
        return jdbc.sql("select permit_number from applications_renewal where application_id = :id")
                .param("id", application)
                .query(String.class)
                .optional();
    }

    /** Whether a renewal of this permit is already open (not withdrawn nor decided). */
    public boolean renewalOpen(String permitNumber) {
        return jdbc.sql("""
                        select exists (select 1 from applications_renewal r
                            join applications_application a on a.id = r.application_id
                            where r.permit_number = :number
                              and a.status not in ('withdrawn', 'approved', 'refused'))
                        """).param("number", permitNumber).query(Boolean.class).single();
    }

    /** The application whose decision issued a permit, and its pathway, by the permit's number without dashes. */
    public Optional<PermitOrigin> permitOrigin(String compactPermitNumber) {
        return jdbc.sql("""
                        select a.reference, a.pathway_code from applications_decision d
                            join applications_application a on a.id = d.application_id
                        where replace(d.permit_number, '-', '') = :number
                        """)
                .param("number", compactPermitNumber.replace("-", ""))
                .query((rs, n) -> new PermitOrigin(rs.getString("reference"), rs.getString("pathway_code")))
                .optional();
    }

    public record PermitOrigin(String reference, String pathwayCode) {}

    /** Refusals awaiting a supervisor, oldest first, with their application's reference. */
    public List<AwaitingRow> awaitingCheck(int limit) {
        return jdbc.sql("""
                        select a.reference, d.recommended_at, d.flagged, d.recommended_by
                        from applications_decision d join applications_application a on a.id = d.application_id
                        where d.status = 'recommended' order by d.recommended_at limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new AwaitingRow(
                        rs.getString("reference"),
                        rs.getObject("recommended_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("flagged"),
                        rs.getObject("recommended_by", UUID.class)))
                .list();
    }

    public record AwaitingRow(String reference, Instant recommendedAt, boolean flagged, UUID recommendedBy) {}

    public void markDecided(UUID application, @Nullable Instant at, @Nullable LocalDate on) {
        jdbc.sql("update applications_application set decided_at = :at, decided_on = :on where id = :id")
                .param("at", at == null ? null : ApplicationRecords.at(at), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("on", on, Types.DATE)
                .param("id", application)
                .update();
    }

    /** Starts the statutory clock again (an appeal sent the application back), with its new due date. */
    public void restartClock(UUID application, LocalDate start, LocalDate due) {
        jdbc.sql("""
                        update applications_application set clock_start = :start, due_on = :due, decided_at = null,
                            decided_on = null, extension_days = 0, extension_reason = null
                        where id = :id
                        """)
                .param("start", start)
                .param("due", due)
                .param("id", application)
                .update();
    }

    public void insertAppeal(AppealRow appeal) {
        jdbc.sql("""
                        insert into applications_appeal (id, application_id, decision_id, filed_at, filed_on, grounds,
                            late, late_reason, status)
                        values (:id, :application, :decision, :at, :on, :grounds, :late, :lateReason, :status)
                        """)
                .param("id", appeal.id())
                .param("application", appeal.applicationId())
                .param("decision", appeal.decisionId())
                .param("at", ApplicationRecords.at(appeal.filedAt()))
                .param("on", appeal.filedOn())
                .param("grounds", encrypt(appeal.grounds(), GROUNDS))
                .param("late", appeal.late())
                .param("lateReason", encrypt(appeal.lateReason(), LATE_REASON), Types.VARCHAR)
                .param("status", appeal.status())
                .update();
    }

    /** The application's most recent appeal, whatever became of it. */
    public Optional<AppealRow> latestAppeal(UUID application) {
        return jdbc.sql("select * from applications_appeal where application_id = :id order by filed_at desc limit 1")
                .param("id", application)
                .query(this::appeal)
                .optional();
    }

    public Optional<AppealRow> appealOf(UUID decision) {
        return jdbc.sql("select * from applications_appeal where decision_id = :id")
                .param("id", decision)
                .query(this::appeal)
                .optional();
    }

    public void updateAppeal(
            UUID appeal,
            String status,
            @Nullable UUID reviewer,
            @Nullable Instant decidedAt,
            @Nullable String outcomeReason) {
        jdbc.sql("""
                        update applications_appeal set status = :status, reviewer = :reviewer, decided_at = :at,
                            outcome_reason = :reason
                        where id = :id
                        """)
                .param("status", status)
                .param("reviewer", reviewer, Types.OTHER)
                .param("at", decidedAt == null ? null : ApplicationRecords.at(decidedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("reason", encrypt(outcomeReason, OUTCOME_REASON), Types.VARCHAR)
                .param("id", appeal)
                .update();
    }

    /** Appeals not yet decided, oldest first: those of one reviewer and those of nobody. */
    public List<PendingAppealRow> pendingAppeals(UUID reviewer, int limit) {
        return jdbc.sql("""
                        select a.reference, p.filed_at, p.status, p.reviewer
                        from applications_appeal p join applications_application a on a.id = p.application_id
                        where p.status in ('late', 'filed') and (p.reviewer is null or p.reviewer = :reviewer)
                        order by p.filed_at limit :limit
                        """)
                .param("reviewer", reviewer)
                .param("limit", limit)
                .query((rs, n) -> new PendingAppealRow(
                        rs.getString("reference"),
                        rs.getObject("filed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("status"),
                        rs.getObject("reviewer", UUID.class)))
                .list();
    }

    public record PendingAppealRow(
            String reference,
            Instant filedAt,
            String status,
            @Nullable UUID reviewer) {}

    /**
     * The median and 80th percentile of the days from a complete application to its decision, over the decided
     * applications of a pathway, and how many there are.
     */
    public ProcessingTimeRow processingTime(String pathwayCode) {
        return jdbc.sql("""
                        select count(*) as decided,
                            percentile_cont(0.5) within group (order by decided_on - clock_start) as median,
                            percentile_cont(0.8) within group (order by decided_on - clock_start) as p80
                        from applications_application
                        where pathway_code = :code and decided_on is not null
                        """)
                .param("code", pathwayCode)
                .query((rs, n) -> new ProcessingTimeRow(
                        rs.getLong("decided"), rs.getObject("median", Double.class), rs.getObject("p80", Double.class)))
                .single();
    }

    public record ProcessingTimeRow(
            long decided, @Nullable Double median, @Nullable Double p80) {}

    private DecisionRow decision(ResultSet rs, int n) throws SQLException {
        return new DecisionRow(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getString("outcome"),
                strings(rs.getArray("criteria")),
                strings(rs.getArray("grounds")),
                decrypt(rs.getString("free_text"), FREE_TEXT),
                rs.getBoolean("flagged"),
                rs.getString("status"),
                rs.getObject("recommended_by", UUID.class),
                rs.getObject("recommended_at", OffsetDateTime.class).toInstant(),
                rs.getObject("checked_by", UUID.class),
                instant(rs, "checked_at"),
                decrypt(rs.getString("return_comment"), RETURN_COMMENT),
                rs.getObject("appeal_deadline", LocalDate.class),
                rs.getString("permit_number"));
    }

    private AppealRow appeal(ResultSet rs, int n) throws SQLException {
        return new AppealRow(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getObject("decision_id", UUID.class),
                rs.getObject("filed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("filed_on", LocalDate.class),
                decrypt(rs.getString("grounds"), GROUNDS),
                rs.getBoolean("late"),
                decrypt(rs.getString("late_reason"), LATE_REASON),
                rs.getString("status"),
                rs.getObject("reviewer", UUID.class),
                instant(rs, "decided_at"),
                decrypt(rs.getString("outcome_reason"), OUTCOME_REASON));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private @Nullable String encrypt(@Nullable String text, String context) {
        return text == null ? null : encryption.encrypt(text, context);
    }

    private @Nullable String decrypt(@Nullable String text, String context) {
        return text == null ? null : encryption.decrypt(text, context);
    }
}
