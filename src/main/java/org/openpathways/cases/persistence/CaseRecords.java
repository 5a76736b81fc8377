package org.openpathways.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseSummary;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.FirstContact;
import org.openpathways.cases.Identity;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case rows. The identity is one JSON document encrypted with the context {@code cases_case.identity}; what
 * lists filter on (organisation, child, assignment) are plain columns beside it.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class CaseRecords {

    static final String TABLE = "cases_case";
    private static final String IDENTITY = TABLE + ".identity";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String SUMMARY = """
            id, reference, organisation_id, assigned_to, contact_point, place, contact_date, child, opened_at""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    CaseRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(CaseFile file, UUID openedBy) {
        jdbc.sql("insert into " + TABLE + """
                         (id, reference, organisation_id, assigned_to, identity, contact_point, place, contact_date,
                         application_reference, child, opened_at, opened_by, version)
                        values (:id, :reference, :organisation, :assigned, :identity, :point, :place, :date,
                         :application, :child, :opened, :openedBy, 0)
                        """)
                .param("id", file.id())
                .param("reference", file.reference())
                .param("organisation", file.organisationId())
                .param("assigned", file.assignedTo(), Types.OTHER)
                .param("identity", encryption.encrypt(JSON.writeValueAsString(file.identity()), IDENTITY))
                .param("point", file.firstContact().point().name())
                .param("place", file.firstContact().place())
                .param("date", file.firstContact().date())
                .param("application", file.applicationReference(), Types.VARCHAR)
                .param("child", file.child())
                .param("opened", OffsetDateTime.ofInstant(file.openedAt(), ZoneOffset.UTC))
                .param("openedBy", openedBy)
                .update();
    }

    /** The case, locked until the transaction ends when {@code lock} is set. */
    public Optional<CaseFile> find(UUID id, boolean lock) {
        return jdbc.sql("select * from " + TABLE + " where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(this::file)
                .optional();
    }

    /** Who may see the case is decided on these columns; reading them decrypts nothing. */
    public Optional<Access> access(UUID id) {
        return jdbc.sql("select organisation_id, assigned_to, child from " + TABLE + " where id = :id")
                .param("id", id)
                .query((rs, n) -> new Access(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("assigned_to", UUID.class),
                        rs.getBoolean("child")))
                .optional();
    }

    /**
     * Cases of an organisation, those assigned to an account, and (with {@code children}) every child's case, newest
     * first.
     */
    public List<CaseSummary> listed(@Nullable UUID organisation, UUID account, boolean children, int limit) {
        return jdbc.sql("select " + SUMMARY + " from " + TABLE + """
                         where organisation_id = :organisation or assigned_to = :account or (:children and child)
                         order by opened_at desc, id limit :limit
                        """)
                .param("organisation", organisation, Types.OTHER)
                .param("account", account)
                .param("children", children)
                .param("limit", limit)
                .query(CaseRecords::summary)
                .list();
    }

    /** Changes the assignment; the version must be the one the change was decided on. */
    public void assign(UUID id, UUID account, long expectedVersion) {
        int changed = jdbc.sql("update " + TABLE
                        + " set assigned_to = :account, version = version + 1 where id = :id and version = :version")
                .param("account", account)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Case " + id + " changed since version " + expectedVersion);
        }
    }

    /** Sets whether the case is a child's; true when it changed. */
    public boolean markChild(UUID id, boolean child) {
        return jdbc.sql("update " + TABLE + " set child = :child, version = version + 1 where id = :id"
                                + " and child <> :child")
                        .param("child", child)
                        .param("id", id)
                        .update()
                == 1;
    }

    private CaseFile file(ResultSet rs, int number) throws SQLException {
        return new CaseFile(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("assigned_to", UUID.class),
                JSON.readValue(encryption.decrypt(rs.getString("identity"), IDENTITY), Identity.class),
                firstContact(rs),
                rs.getString("application_reference"),
                rs.getBoolean("child"),
                instant(rs, "opened_at"),
                rs.getLong("version"));
    }

    private static CaseSummary summary(ResultSet rs, int number) throws SQLException {
        return new CaseSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("assigned_to", UUID.class),
                firstContact(rs),
                rs.getBoolean("child"),
                instant(rs, "opened_at"));
    }

    private static FirstContact firstContact(ResultSet rs) throws SQLException {
        return new FirstContact(
                ContactPoint.valueOf(rs.getString("contact_point")),
                rs.getString("place"),
                rs.getObject("contact_date", LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** What decides who may see a case. */
    public record Access(UUID organisationId, @Nullable UUID assignedTo, boolean child) {}
}
