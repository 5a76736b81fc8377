package org.openpathways.permits.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.WorkTie;
import org.openpathways.permits.EmployerChange;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitNumber;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The permits and their history rows. Holder names and revocation explanations are encrypted. */
@Repository
public class PermitRecords {

    /** Declared as beans so that key rotation re-encrypts them. */
    public static final EncryptedColumn HOLDER_NAME = new EncryptedColumn("permits_permit", "id", "holder_name");

    public static final EncryptedColumn REVOCATION_EXPLANATION =
            new EncryptedColumn("permits_permit", "id", "revocation_explanation");

    private static final String COLUMNS = "id, number, application_reference, holder_id, holder_name,"
            + " holder_nationality, pathway_code, pathway_version, valid_from, valid_until, work_allowed, work_tie,"
            + " tied_employer, tied_sector, employer_change, renewable, issued_at, revoked_at, revocation_ground,"
            + " revocation_explanation, version";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    PermitRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Inserts the permit unless one exists for its application; false when it existed (nothing is written). */
    public boolean insertOnce(StoredPermit permit) {
        PermitConditions conditions = permit.conditions();
        return jdbc.sql("""
                        insert into permits_permit (id, number, application_reference, holder_id, holder_name,
                            holder_nationality, pathway_code, pathway_version, valid_from, valid_until, work_allowed,
                            work_tie, tied_employer, tied_sector, employer_change, renewable, issued_at, updated_at)
                        values (:id, :number, :reference, :holder, :name, :nationality, :pathway, :pathwayVersion,
                            :from, :until, :workAllowed, :tie, :employer, :sector, :change, :renewable, :issuedAt,
                            :issuedAt)
                        on conflict (application_reference) do nothing
                        """)
                        .param("id", permit.id())
                        .param("number", permit.number().value())
                        .param("reference", permit.applicationReference())
                        .param("holder", permit.holderId())
                        .param("name", encryption.encrypt(permit.holderName(), HOLDER_NAME.context()))
                        .param("nationality", permit.holderNationality())
                        .param("pathway", permit.pathwayCode())
                        .param("pathwayVersion", permit.pathwayVersion())
                        .param("from", permit.validFrom())
                        .param("until", permit.validUntil())
                        .param("workAllowed", conditions.workAllowed())
                        .param("tie", conditions.workTie().code())
                        .param("employer", conditions.employer())
                        .param("sector", conditions.sector())
                        .param("change", conditions.employerChange().code())
                        .param("renewable", permit.renewable())
                        .param("issuedAt", Timestamp.from(permit.issuedAt()))
                        .update()
                == 1;
    }

    public boolean numberTaken(PermitNumber number) {
        return jdbc.sql("select exists (select 1 from permits_permit where number = ?)")
                .param(number.value())
                .query(Boolean.class)
                .single();
    }

    public Optional<StoredPermit> find(PermitNumber number) {
        return jdbc.sql("select " + COLUMNS + " from permits_permit where number = ?")
                .param(number.value())
                .query(this::permit)
                .optional();
    }

    /** The permit, its row locked until the transaction ends. */
    public Optional<StoredPermit> lock(PermitNumber number) {
        return jdbc.sql("select " + COLUMNS + " from permits_permit where number = ? for update")
                .param(number.value())
                .query(this::permit)
                .optional();
    }

    public Optional<StoredPermit> forApplication(String applicationReference) {
        return jdbc.sql("select " + COLUMNS + " from permits_permit where application_reference = ?")
                .param(applicationReference)
                .query(this::permit)
                .optional();
    }

    /** The holder's permits, the latest ending first. */
    public List<StoredPermit> heldBy(UUID holder) {
        return jdbc.sql("select " + COLUMNS + " from permits_permit where holder_id = ? order by valid_until desc, id")
                .param(holder)
                .query(this::permit)
                .list();
    }

    /** @throws OptimisticLockingFailureException when the permit changed since it was read */
    public void markRevoked(StoredPermit permit, String ground, @Nullable String explanation, Instant at) {
        int updated = jdbc.sql("""
                        update permits_permit
                        set revoked_at = :at, revocation_ground = :ground, revocation_explanation = :explanation,
                            updated_at = :at, version = version + 1
                        where id = :id and version = :version and revoked_at is null
                        """)
                .param("at", Timestamp.from(at))
                .param("ground", ground)
                .param(
                        "explanation",
                        explanation == null ? null : encryption.encrypt(explanation, REVOCATION_EXPLANATION.context()))
                .param("id", permit.id())
                .param("version", permit.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The permit changed since it was read");
        }
    }

    /** @throws OptimisticLockingFailureException when the permit changed since it was read */
    public void extend(StoredPermit permit, LocalDate validUntil, Instant at) {
        int updated = jdbc.sql("""
                        update permits_permit set valid_until = :until, updated_at = :at, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("until", validUntil)
                .param("at", Timestamp.from(at))
                .param("id", permit.id())
                .param("version", permit.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The permit changed since it was read");
        }
    }

    /** Appends a history row; false when a renewal or extension with the same reference was already recorded. */
    public boolean recordChange(StoredPermit permit, HistoryEntry entry) {
        return jdbc.sql("""
                        insert into permits_permit_history (permit_id, change, valid_until_before, valid_until_after,
                            reference, revocation_ground, actor, happened_at)
                        values (:permit, :change, :before, :after, :reference, :ground, :actor, :at)
                        on conflict do nothing
                        """)
                        .param("permit", permit.id())
                        .param("change", entry.change().code())
                        .param("before", entry.validUntilBefore())
                        .param("after", entry.validUntilAfter())
                        .param("reference", entry.reference())
                        .param("ground", entry.revocationGround())
                        .param("actor", entry.actor())
                        .param("at", Timestamp.from(entry.at()))
                        .update()
                == 1;
    }

    public boolean changeRecorded(StoredPermit permit, HistoryEntry.Change change, String reference) {
        return jdbc.sql("select exists (select 1 from permits_permit_history"
                        + " where permit_id = ? and change = ? and reference = ?)")
                .params(permit.id(), change.code(), reference)
                .query(Boolean.class)
                .single();
    }

    public List<HistoryEntry> history(StoredPermit permit) {
        return jdbc.sql("select change, valid_until_before, valid_until_after, reference, revocation_ground, actor,"
                        + " happened_at from permits_permit_history where permit_id = ? order by id")
                .param(permit.id())
                .query((rs, row) -> new HistoryEntry(
                        HistoryEntry.Change.ofCode(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Records a fact about a permit; false when it was already recorded (nothing changes). */
    public boolean recordFact(UUID permit, String fact, String actor, Instant at) {
        return jdbc.sql("""
                        insert into permits_permit_fact (permit_id, fact, recorded_at, recorded_by)
                        values (?, ?, ?, ?) on conflict do nothing
                        """).params(permit, fact, Timestamp.from(at), actor).update() == 1;
    }

    public List<String> facts(UUID permit) {
        return jdbc.sql("select fact from permits_permit_fact where permit_id = ? order by fact")
                .param(permit)
                .query(String.class)
                .list();
    }

    private StoredPermit permit(ResultSet rs, int row) throws SQLException {
        String explanation = rs.getString("revocation_explanation");
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new StoredPermit(
                rs.getObject("id", UUID.class),
                PermitNumber.parse(rs.getString("number")).orElseThrow(),
                rs.getString("application_reference"),
                rs.getObject("holder_id", UUID.class),
                encryption.decrypt(rs.getString("holder_name"), HOLDER_NAME.context()),
                rs.getString("holder_nationality"),
                rs.getString("pathway_code"),
                rs.getInt("pathway_version"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                new PermitConditions(
                        rs.getBoolean("work_allowed"),
                        WorkTie.ofCode(rs.getString("work_tie")).orElseThrow(),
                        rs.getString("tied_employer"),
                        rs.getString("tied_sector"),
                        EmployerChange.ofCode(rs.getString("employer_change")).orElseThrow()),
                rs.getBoolean("renewable"),
                rs.getTimestamp("issued_at").toInstant(),
                revokedAt == null ? null : revokedAt.toInstant(),
                rs.getString("revocation_ground"),
                explanation == null ? null : encryption.decrypt(explanation, REVOCATION_EXPLANATION.context()),
                rs.getInt("version"));
    }
}
