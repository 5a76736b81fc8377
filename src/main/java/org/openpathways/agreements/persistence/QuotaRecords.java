package org.openpathways.agreements.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.QuotaTerms;
import org.openpathways.agreements.QuotaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quotas, their counters and their allocations. Every change of a counter happens while the caller holds the
 * quota's row lock ({@link #lock}), and the table's check keeps the counter within the capacity whatever happens.
 */
@Repository
public class QuotaRecords {

    private static final String COLUMNS = "q.code, q.agreement_code, q.pathway_codes, q.sector, q.nationalities,"
            + " q.period_start, q.period_end, q.capacity, q.used";

    private final JdbcClient jdbc;

    QuotaRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the quota or changes the terms of the agreement's own quota of that code.
     *
     * @return false when the code belongs to another agreement's quota, or the capacity is below the places already
     *     used (nothing is written)
     */
    public boolean save(String agreementCode, QuotaTerms terms) {
        return jdbc.sql("""
                        insert into agreements_quota (code, agreement_code, pathway_codes, sector, nationalities,
                            period_start, period_end, capacity)
                        values (:code, :agreement, :pathways, :sector, :nationalities, :start, :end, :capacity)
                        on conflict (code) do update
                        set pathway_codes = excluded.pathway_codes, sector = excluded.sector,
                            nationalities = excluded.nationalities, period_start = excluded.period_start,
                            period_end = excluded.period_end, capacity = excluded.capacity
                        where agreements_quota.agreement_code = excluded.agreement_code
                            and agreements_quota.used <= excluded.capacity
                        """)
                        .param("code", terms.code())
                        .param("agreement", agreementCode)
                        .param("pathways", terms.pathwayCodes().toArray(String[]::new))
                        .param("sector", terms.sector())
                        .param("nationalities", terms.nationalities().toArray(String[]::new))
                        .param("start", terms.periodStart())
                        .param("end", terms.periodEnd())
                        .param("capacity", terms.capacity())
                        .update()
                == 1;
    }

    /**
     * Deletes the agreement's quotas not named, if none was ever allocated.
     *
     * @return false when one of them has allocations (nothing is deleted)
     */
    public boolean deleteOthers(String agreementCode, List<String> kept) {
        String[] codes = kept.toArray(String[]::new);
        boolean inUse = jdbc.sql("""
                        select exists (select 1 from agreements_quota_allocation a
                            join agreements_quota q on q.code = a.quota_code
                            where q.agreement_code = :agreement and not (q.code = any (:kept)))
                        """)
                .param("agreement", agreementCode)
                .param("kept", codes)
                .query(Boolean.class)
                .single();
        if (inUse) {
            return false;
        }
        jdbc.sql("delete from agreements_quota where agreement_code = :agreement and not (code = any (:kept))")
                .param("agreement", agreementCode)
                .param("kept", codes)
                .update();
        return true;
    }

    public List<QuotaUse> ofAgreement(String agreementCode) {
        return jdbc.sql("select " + COLUMNS + " from agreements_quota q where q.agreement_code = ?"
                        + " order by q.period_start desc, q.code")
                .param(agreementCode)
                .query(QuotaRecords::quota)
                .list();
    }

    /** The quotas of agreements in force that draw on the pathway and whose period includes the date. */
    public List<QuotaUse> forPathway(String pathwayCode, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from agreements_quota q"
                        + " join agreements_agreement a on a.code = q.agreement_code"
                        + " where a.status = 'in-force' and :pathway = any (q.pathway_codes)"
                        + " and q.period_start <= :date and q.period_end >= :date order by q.code")
                .param("pathway", pathwayCode)
                .param("date", date)
                .query(QuotaRecords::quota)
                .list();
    }

    public Optional<QuotaUse> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agreements_quota q where q.code = ?")
                .param(code)
                .query(QuotaRecords::quota)
                .optional();
    }

    /**
     * The quota, its row locked until the transaction ends: every allocation and release of the quota waits here for
     * the one before it to commit or roll back, so each sees the counter and the allocations as they really are.
     */
    public Optional<QuotaUse> lock(String code) {
        return jdbc.sql("select " + COLUMNS + " from agreements_quota q where q.code = ? for update")
                .param(code)
                .query(QuotaRecords::quota)
                .optional();
    }

    /** Whether the application holds a place in the quota now (allocated and not released). */
    public boolean holds(String quotaCode, String applicationReference) {
        return jdbc.sql("select exists (select 1 from agreements_quota_allocation"
                        + " where quota_code = ? and application_reference = ? and released_at is null)")
                .params(quotaCode, applicationReference)
                .query(Boolean.class)
                .single();
    }

    /**
     * Takes a place: the counter goes up only while it is below the capacity, and the application's allocation row is
     * written or, if it was released, taken again.
     *
     * @return the places used afterwards, or empty when none was left (nothing is written)
     */
    public Optional<Integer> take(String quotaCode, String applicationReference, Instant at) {
        Optional<Integer> used = jdbc.sql("update agreements_quota set used = used + 1"
                        + " where code = ? and used < capacity returning used")
                .params(quotaCode)
                .query(Integer.class)
                .optional();
        if (used.isPresent()) {
            jdbc.sql("""
                            insert into agreements_quota_allocation (quota_code, application_reference, allocated_at)
                            values (:quota, :reference, :at)
                            on conflict (quota_code, application_reference) do update
                            set allocated_at = excluded.allocated_at, released_at = null
                            """)
                    .param("quota", quotaCode)
                    .param("reference", applicationReference)
                    .param("at", Timestamp.from(at))
                    .update();
        }
        return used;
    }

    /** Gives the application's place back; false when it held none. */
    public boolean giveBack(String quotaCode, String applicationReference, Instant at) {
        int released = jdbc.sql("update agreements_quota_allocation set released_at = ?"
                        + " where quota_code = ? and application_reference = ? and released_at is null")
                .params(Timestamp.from(at), quotaCode, applicationReference)
                .update();
        if (released == 1) {
            jdbc.sql("update agreements_quota set used = used - 1 where code = ?")
                    .param(quotaCode)
                    .update();
        }
        return released == 1;
    }

    /** How many allocations are held now; equal to the counter, which tests and audits may check. */
    public int held(String quotaCode) {
        return jdbc.sql("select count(*) from agreements_quota_allocation where quota_code = ? and released_at is null")
                .param(quotaCode)
                .query(Integer.class)
                .single();
    }

    private static QuotaUse quota(ResultSet rs, int row) throws SQLException {
        @Nullable String sector = rs.getString("sector");
        return new QuotaUse(
                rs.getString("code"),
                rs.getString("agreement_code"),
                AgreementRecords.strings(rs.getArray("pathway_codes")),
                sector,
                AgreementRecords.strings(rs.getArray("nationalities")),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("used"));
    }
}
