package org.openpathways.referrals.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.Consent;
import org.openpathways.referrals.ConsentGiver;
import org.openpathways.referrals.DataCategory;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent rows; the name of a parent or guardian who consented is encrypted. */
@Repository
public class ConsentRecords {

    public static final String TABLE = "referrals_consent";
    public static final EncryptedColumn GIVER_NAME = new EncryptedColumn(TABLE, "id", "giver_name");

    private static final String SELECT = """
            select c.id, c.case_id, c.organisation_id, p.name as provider_name, c.given_by, c.giver_name,
                   c.categories, c.valid_until, c.recorded_at, c.withdrawn_at, c.version
              from referrals_consent c join referrals_provider p on p.organisation_id = c.organisation_id
            """;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ConsentRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(Consent consent, @Nullable String applicationReference, UUID recordedBy) {
        jdbc.sql("""
                        insert into referrals_consent (id, case_id, application_reference, organisation_id, given_by,
                            giver_name, categories, valid_until, recorded_by, recorded_at)
                        values (:id, :case, :application, :organisation, :givenBy, :giverName, :categories, :until,
                            :recordedBy, :at)
                        """)
                .param("id", consent.id())
                .param("case", consent.caseId())
                .param("application", applicationReference)
                .param("organisation", consent.organisationId())
                .param("givenBy", consent.givenBy().code())
                .param(
                        "giverName",
                        consent.giverName() == null
                                ? null
                                : encryption.encrypt(consent.giverName(), GIVER_NAME.context()))
                .param("categories", codes(consent.categories()))
                .param("until", consent.validUntil())
                .param("recordedBy", recordedBy)
                .param("at", Timestamp.from(consent.recordedAt()))
                .update();
    }

    public Optional<Consent> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(this::consent)
                .optional();
    }

    /** The consent, its row locked until the transaction ends. */
    public Optional<Consent> lock(UUID id) {
        jdbc.sql("select 1 from referrals_consent where id = ? for update")
                .param(id)
                .query(Integer.class)
                .optional();
        return find(id);
    }

    public List<Consent> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where c.case_id = ? order by c.recorded_at desc, c.id")
                .param(caseId)
                .query(this::consent)
                .list();
    }

    /** Consents recorded on these cases or on the cases of these applications, the most recent first. */
    public List<Consent> ofCasesOrApplications(Collection<UUID> caseIds, Collection<String> references) {
        if (caseIds.isEmpty() && references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where c.case_id = any (:cases) or c.application_reference = any (:references)"
                        + " order by c.recorded_at desc, c.id")
                .param("cases", caseIds.toArray(UUID[]::new))
                .param("references", references.toArray(String[]::new))
                .query(this::consent)
                .list();
    }

    /** Live (not withdrawn, not expired) consents of the case for the provider. */
    public List<Consent> live(UUID caseId, UUID organisationId, LocalDate today) {
        return jdbc.sql(SELECT + """
                         where c.case_id = :case and c.organisation_id = :organisation
                           and c.withdrawn_at is null and c.valid_until >= :today
                         order by c.recorded_at desc, c.id
                        """)
                .param("case", caseId)
                .param("organisation", organisationId)
                .param("today", today)
                .query(this::consent)
                .list();
    }

    /** Marks the consent withdrawn if it was not already; false when it was. */
    public boolean withdraw(UUID id, String by, Instant at) {
        return jdbc.sql("""
                                update referrals_consent set withdrawn_at = :at, withdrawn_by = :by,
                                       version = version + 1
                                 where id = :id and withdrawn_at is null
                                """)
                        .param("id", id)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private Consent consent(ResultSet rs, int row) throws SQLException {
        String giverName = rs.getString("giver_name");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("provider_name"),
                ConsentGiver.ofCode(rs.getString("given_by")).orElseThrow(),
                giverName == null ? null : encryption.decrypt(giverName, GIVER_NAME.context()),
                categories(rs),
                rs.getObject("valid_until", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getLong("version"));
    }

    static java.util.Set<DataCategory> categories(ResultSet rs) throws SQLException {
        return ProviderRecords.strings(rs.getArray("categories")).stream()
                .map(code -> DataCategory.ofCode(code).orElseThrow())
                .collect(Collectors.toSet());
    }

    static String[] codes(Collection<DataCategory> categories) {
        return categories.stream().map(DataCategory::code).sorted().toArray(String[]::new);
    }
}
