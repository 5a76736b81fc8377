package org.openpathways.applications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationStatus;
import org.openpathways.pathways.DayCount;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application rows. Details are one JSON document encrypted with the context {@code
 * applications_application.details}; everything the service filters or sorts on is a plain column beside it.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ApplicationRecords {

    static final String TABLE = "applications_application";
    private static final String DETAILS = TABLE + ".details";
    private static final String EXTENSION_REASON = TABLE + ".extension_reason";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String COLUMNS = """
            id, reference, applicant_id, pathway_code, pathway_version, category, status, details, eligibility,
            created_at, changed_at, submitted_at, clock_start, decision_days, day_count, calendar, extension_allowed,
            extension_days, extension_reason, due_on, assigned_to, protected_until_decided, version""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ApplicationRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(StoredApplication application) {
        jdbc.sql("insert into " + TABLE + """
                         (id, reference, applicant_id, pathway_code, pathway_version, category, status, details,
                         created_at, changed_at, version)
                        values (:id, :reference, :applicant, :code, :version, :category, :status, :details, :now, :now,
                         0)
                        """)
                .param("id", application.id())
                .param("reference", application.reference())
                .param("applicant", application.applicantId())
                .param("code", application.pathwayCode())
                .param("version", application.pathwayVersion())
                .param("category", application.category())
                .param("status", application.status().code())
                .param("details", encryptDetails(application.details()))
                .param("now", at(application.createdAt()))
                .update();
    }

    /** The application with this reference, locked until the transaction ends when {@code lock} is set. */
    public Optional<StoredApplication> find(String reference, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from " + TABLE + " where reference = :reference"
                        + (lock ? " for update" : ""))
                .param("reference", reference)
                .query(this::row)
                .optional()
                .map(this::withDocuments);
    }

    public List<StoredApplication> ownedBy(UUID applicant) {
        return jdbc.sql("select " + COLUMNS + " from " + TABLE
                        + " where applicant_id = :applicant order by created_at desc limit 100")
                .param("applicant", applicant)
                .query(this::row)
                .list();
    }

    /**
     * Pending applications, earliest deadline first (paused ones, without a deadline, last), for the staff queue.
     *
     * @param assignee only those assigned to this account; {@code null} for all
     * @param unassignedToo with an assignee, also those assigned to nobody
     */
    public List<QueueRow> queue(@Nullable UUID assignee, boolean unassignedToo, int limit) {
        String who = assignee == null
                ? ""
                : unassignedToo
                        ? " and (assigned_to = :assignee or assigned_to is null)"
                        : " and assigned_to = :assignee";
        var sql = jdbc.sql("select reference, pathway_code, status, submitted_at, due_on, assigned_to,"
                        + " protected_until_decided from " + TABLE
                        + " where status in ('submitted', 'screening', 'assessment', 'information-requested', 'recommended')"
                        + who
                        + " order by due_on nulls last, reference limit :limit")
                .param("limit", limit);
        if (assignee != null) {
            sql = sql.param("assignee", assignee);
        }
        return sql.query((rs, n) -> new QueueRow(
                        rs.getString("reference"),
                        rs.getString("pathway_code"),
                        ApplicationStatus.ofCode(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("assigned_to", UUID.class),
                        rs.getBoolean("protected_until_decided")))
                .list();
    }

    /**
     * Applications of a pathway that were judged under its rules (submitted and not withdrawn), a page at a time in
     * reference order after {@code after}.
     */
    public List<Judged> judged(String pathwayCode, String after, int limit) {
        return jdbc.sql("""
                        select a.reference, a.pathway_version, a.clock_start, a.details,
                            array(select d.code from applications_document d where d.application_id = a.id) as codes
                        from applications_application a
                        where a.pathway_code = :code and a.status not in ('draft', 'withdrawn') and a.reference > :after
                        order by a.reference limit :limit
                        """)
                .param("code", pathwayCode)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new Judged(
                        rs.getString("reference"),
                        rs.getInt("pathway_version"),
                        rs.getObject("clock_start", LocalDate.class),
                        withDocumentCodes(decryptDetails(rs.getString("details")), rs.getArray("codes"))))
                .list();
    }

    /** The details with the types of the documents attached (the documents themselves are not needed to judge). */
    private static ApplicationDetails withDocumentCodes(ApplicationDetails details, java.sql.Array codes)
            throws SQLException {
        Map<String, UUID> documents = new LinkedHashMap<>();
        for (String code : (String[]) codes.getArray()) {
            documents.put(code, new UUID(0, 0));
        }
        return new ApplicationDetails(
                details.applicant(),
                details.job(),
                details.partner(),
                details.children(),
                documents,
                details.fee(),
                details.combinedWork());
    }

    /** An application as a simulation judges it again. */
    public record Judged(String reference, int pathwayVersion, LocalDate clockStart, ApplicationDetails details) {}

    /** A pending application in the staff queue. */
    public record QueueRow(
            String reference,
            String pathwayCode,
            ApplicationStatus status,
            Instant submittedAt,
            @Nullable LocalDate dueOn,
            @Nullable UUID assignedTo,
            boolean protectedUntilDecided) {}

    /**
     * Writes the changeable columns if the stored version is still {@code application.version()}, and increments it.
     *
     * @throws OptimisticLockingFailureException when someone changed it meanwhile
     */
    public StoredApplication update(StoredApplication application, Instant now) {
        int rows = jdbc.sql("update " + TABLE + """
                         set pathway_version = :pathwayVersion, status = :status, details = :details,
                         eligibility = :eligibility, changed_at = :now, submitted_at = :submitted, clock_start = :start,
                         decision_days = :days, day_count = :count, calendar = :calendar,
                         extension_allowed = :allowed, extension_days = :extension, extension_reason = :reason,
                         due_on = :due, assigned_to = :assignee, protected_until_decided = :protected,
                         version = version + 1
                        where id = :id and version = :version
                        """)
                .param("pathwayVersion", application.pathwayVersion())
                .param("status", application.status().code())
                .param("details", encryptDetails(application.details()))
                .param("eligibility", application.eligibility(), Types.VARCHAR)
                .param("now", at(now))
                .param(
                        "submitted",
                        application.submittedAt() == null ? null : at(application.submittedAt()),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("start", application.clockStart(), Types.DATE)
                .param("days", application.decisionDays(), Types.INTEGER)
                .param(
                        "count",
                        application.dayCount() == null
                                ? null
                                : application.dayCount().code(),
                        Types.VARCHAR)
                .param("calendar", application.calendar(), Types.VARCHAR)
                .param("allowed", application.extensionAllowed())
                .param("extension", application.extensionDays())
                .param(
                        "reason",
                        application.extensionReason() == null
                                ? null
                                : encryption.encrypt(application.extensionReason(), EXTENSION_REASON),
                        Types.VARCHAR)
                .param("due", application.dueOn(), Types.DATE)
                .param("assignee", application.assignedTo(), Types.OTHER)
                .param("protected", application.protectedUntilDecided())
                .param("id", application.id())
                .param("version", application.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Application " + application.id() + " changed meanwhile");
        }
        replaceDocuments(application.id(), application.details().documents());
        // What was just written, without reading it back (two statements fewer on every change of an application).
        return application.updatedAt(now);
    }

    private void replaceDocuments(UUID application, Map<String, UUID> documents) {
        jdbc.sql("delete from applications_document where application_id = :id")
                .param("id", application)
                .update();
        documents.forEach((code, document) -> jdbc.sql("""
                        insert into applications_document (application_id, code, document_id)
                        values (:id, :code, :document)
                        """)
                .param("id", application)
                .param("code", code)
                .param("document", document)
                .update());
    }

    /**
     * Moves an application's history back by some days, as if it had been submitted then: for demonstration data
     * only, so that queues show deadlines near and past.
     */
    public void backdate(String reference, int days) {
        jdbc.sql("""
                        update applications_application set created_at = created_at - make_interval(days => :days),
                            submitted_at = submitted_at - make_interval(days => :days),
                            clock_start = clock_start - :days, due_on = due_on - :days
                        where reference = :reference
                        """).param("days", days).param("reference", reference).update();
        jdbc.sql("""
                        update applications_step set at = at - make_interval(days => :days)
                        where application_id = (select id from applications_application where reference = :reference)
                        """).param("days", days).param("reference", reference).update();
    }

    /** Whether a document is attached to an application that is no longer a draft. */
    public boolean attachedToSubmitted(UUID document) {
        return jdbc.sql("""
                        select exists (select 1 from applications_document d
                            join applications_application a on a.id = d.application_id
                            where d.document_id = :document and a.status <> 'draft')
                        """).param("document", document).query(Boolean.class).single();
    }

    /** The accounts assigned to the applications a document is attached to. */
    public List<UUID> assigneesOf(UUID document) {
        return jdbc.sql("""
                        select a.assigned_to from applications_document d
                            join applications_application a on a.id = d.application_id
                            where d.document_id = :document and a.assigned_to is not null and a.status <> 'draft'
                        """).param("document", document).query(UUID.class).list();
    }

    private StoredApplication withDocuments(StoredApplication application) {
        Map<String, UUID> documents = new LinkedHashMap<>();
        jdbc.sql("select code, document_id from applications_document where application_id = :id order by code")
                .param("id", application.id())
                .query(rs -> {
                    documents.put(rs.getString("code"), rs.getObject("document_id", UUID.class));
                });
        var details = application.details();
        var withDocuments = new ApplicationDetails(
                details.applicant(),
                details.job(),
                details.partner(),
                details.children(),
                documents,
                details.fee(),
                details.combinedWork());
        return new StoredApplication(
                application.id(),
                application.reference(),
                application.applicantId(),
                application.pathwayCode(),
                application.pathwayVersion(),
                application.category(),
                application.status(),
                withDocuments,
                application.eligibility(),
                application.createdAt(),
                application.changedAt(),
                application.submittedAt(),
                application.clockStart(),
                application.decisionDays(),
                application.dayCount(),
                application.calendar(),
                application.extensionAllowed(),
                application.extensionDays(),
                application.extensionReason(),
                application.dueOn(),
                application.assignedTo(),
                application.protectedUntilDecided(),
                application.version());
    }

    private StoredApplication row(ResultSet rs, int n) throws SQLException {
        String count = rs.getString("day_count");
        String reason = rs.getString("extension_reason");
        return new StoredApplication(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("applicant_id", UUID.class),
                rs.getString("pathway_code"),
                rs.getInt("pathway_version"),
                rs.getString("category"),
                ApplicationStatus.ofCode(rs.getString("status")),
                decryptDetails(rs.getString("details")),
                rs.getString("eligibility"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                instant(rs, "submitted_at"),
                rs.getObject("clock_start", LocalDate.class),
                rs.getObject("decision_days", Integer.class),
                count == null ? null : DayCount.valueOf(count.toUpperCase(Locale.ROOT)),
                rs.getString("calendar"),
                rs.getInt("extension_allowed"),
                rs.getInt("extension_days"),
                reason == null ? null : encryption.decrypt(reason, EXTENSION_REASON),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("assigned_to", UUID.class),
                rs.getBoolean("protected_until_decided"),
                rs.getInt("version"));
    }

    private String encryptDetails(ApplicationDetails details) {
        Map<String, Object> tree = new HashMap<>(JSON.convertValue(details, Map.class));
        tree.remove("documents");
        return encryption.encrypt(JSON.writeValueAsString(tree), DETAILS);
    }

    private ApplicationDetails decryptDetails(String ciphertext) {
        return JSON.readValue(encryption.decrypt(ciphertext, DETAILS), ApplicationDetails.class);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
