package org.openpathways.referrals.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.ReferralStatus;
import org.openpathways.referrals.ReferralSummary;
import org.openpathways.referrals.ServiceType;
import org.openpathways.referrals.Urgency;
import org.openpathways.shared.crypto.EncryptedColumn;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Referral rows. The note, the override's reason and the provider's reasons are encrypted; lists read only the columns
 * that say nothing about the person, so they decrypt nothing.
 */
@Repository
public class ReferralRecords {

    public static final String TABLE = "referrals_referral";
    public static final EncryptedColumn NOTE = new EncryptedColumn(TABLE, "id", "note");
    public static final EncryptedColumn OVERRIDE_REASON = new EncryptedColumn(TABLE, "id", "override_reason");
    public static final EncryptedColumn DECLINE_REASON = new EncryptedColumn(TABLE, "id", "decline_reason");
    public static final EncryptedColumn DELIVERY_NOTE = new EncryptedColumn(TABLE, "id", "delivery_note");
    public static final EncryptedColumn CLOSE_REASON = new EncryptedColumn(TABLE, "id", "close_reason");

    private static final String SUMMARY = """
            select r.id, r.provider_organisation_id, p.name as provider_name, r.service, r.urgency, r.status,
                   r.sent_at, r.due_at, r.override_reason is not null as overridden
              from referrals_referral r join referrals_provider p on p.organisation_id = r.provider_organisation_id
            """;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ReferralRecords(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void insert(StoredReferral referral) {
        jdbc.sql("""
                        insert into referrals_referral (id, case_id, case_organisation_id, provider_organisation_id,
                            service, urgency, categories, consent_id, override_reason, overridden_by, note, status,
                            referred_by, referrer_organisation_id, sent_at, due_at)
                        values (:id, :case, :caseOrganisation, :provider, :service, :urgency, :categories, :consent,
                            :overrideReason, :overriddenBy, :note, :status, :referredBy, :referrerOrganisation,
                            :sentAt, :dueAt)
                        """)
                .param("id", referral.id())
                .param("case", referral.caseId())
                .param("caseOrganisation", referral.caseOrganisationId())
                .param("provider", referral.providerOrganisationId())
                .param("service", referral.service().code())
                .param("urgency", referral.urgency().code())
                .param("categories", ConsentRecords.codes(referral.categories()))
                .param("consent", referral.consentId())
                .param("overrideReason", encrypt(referral.overrideReason(), OVERRIDE_REASON))
                .param("overriddenBy", referral.overriddenBy())
                .param("note", encrypt(referral.note(), NOTE))
                .param("status", referral.status().code())
                .param("referredBy", referral.referredBy())
                .param("referrerOrganisation", referral.referrerOrganisationId())
                .param("sentAt", Timestamp.from(referral.sentAt()))
                .param("dueAt", Timestamp.from(referral.dueAt()))
                .update();
    }

    public Optional<StoredReferral> find(UUID id) {
        return jdbc.sql("""
                        select r.*, p.name as provider_name
                          from referrals_referral r
                          join referrals_provider p on p.organisation_id = r.provider_organisation_id
                         where r.id = ?
                        """).param(id).query(this::referral).optional();
    }

    /** The referral, its row locked until the transaction ends (two answers to one referral run one after another). */
    public Optional<StoredReferral> lock(UUID id) {
        jdbc.sql("select 1 from referrals_referral where id = ? for update")
                .param(id)
                .query(Integer.class)
                .optional();
        return find(id);
    }

    /** Writes the referral's new status and the texts and times that came with it, if its version is {@code seen}. */
    public void update(StoredReferral referral, long seen) {
        int updated = jdbc.sql("""
                        update referrals_referral
                           set status = :status, answered_at = :answeredAt, decline_reason = :declineReason,
                               delivered_at = :deliveredAt, delivery_note = :deliveryNote, closed_at = :closedAt,
                               close_reason = :closeReason, version = version + 1
                         where id = :id and version = :seen
                        """)
                .param("id", referral.id())
                .param("status", referral.status().code())
                .param("answeredAt", timestamp(referral.answeredAt()))
                .param("declineReason", encrypt(referral.declineReason(), DECLINE_REASON))
                .param("deliveredAt", timestamp(referral.deliveredAt()))
                .param("deliveryNote", encrypt(referral.deliveryNote(), DELIVERY_NOTE))
                .param("closedAt", timestamp(referral.closedAt()))
                .param("closeReason", encrypt(referral.closeReason(), CLOSE_REASON))
                .param("seen", seen)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The referral changed since it was read");
        }
    }

    /** Moves a referral's sent and due times back (demo data: referrals left unanswered past their due time). */
    public void backdate(UUID id, java.time.Duration by) {
        jdbc.sql("update referrals_referral set sent_at = sent_at - make_interval(secs => :seconds),"
                        + " due_at = due_at - make_interval(secs => :seconds) where id = :id")
                .param("id", id)
                .param("seconds", (double) by.toSeconds())
                .update();
    }

    /** Revokes the open referrals that rely on the consent; returns them (before the change). */
    public List<UUID> revokeOpen(UUID consentId, Instant at) {
        return jdbc.sql("""
                        update referrals_referral set status = 'revoked', revoked_at = :at, version = version + 1
                         where consent_id = :consent and status in ('sent', 'accepted', 'delivered')
                        returning id
                        """)
                .param("consent", consentId)
                .param("at", Timestamp.from(at))
                .query(UUID.class)
                .list();
    }

    /**
     * A provider's inbox page: filtered by status and urgency when given, by due time then id. Reads one range of the
     * matching index (V100), already in order.
     */
    public List<ReferralSummary> inbox(
            UUID provider,
            @Nullable ReferralStatus status,
            @Nullable Urgency urgency,
            Instant now,
            long offset,
            int limit) {
        return jdbc.sql(SUMMARY + inboxFilter(status, urgency) + " order by r.due_at, r.id limit :limit offset :offset")
                .param("provider", provider)
                .param("status", status == null ? null : status.code())
                .param("urgency", urgency == null ? null : urgency.code())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> summary(rs, now))
                .list();
    }

    public long countInbox(UUID provider, @Nullable ReferralStatus status, @Nullable Urgency urgency) {
        return jdbc.sql("select count(*) from referrals_referral r" + inboxFilter(status, urgency))
                .param("provider", provider)
                .param("status", status == null ? null : status.code())
                .param("urgency", urgency == null ? null : urgency.code())
                .query(Long.class)
                .single();
    }

    /**
     * The filter is written with only the conditions given, rather than {@code (:status is null or ...)}, so that the
     * planner sees plain equalities and picks the index that serves them.
     */
    private static String inboxFilter(@Nullable ReferralStatus status, @Nullable Urgency urgency) {
        return " where r.provider_organisation_id = :provider"
                + (status == null ? "" : " and r.status = :status")
                + (urgency == null ? "" : " and r.urgency = :urgency");
    }

    /** Referrals an organisation sent, overdue first, then the most recent; at most {@code limit}. */
    public List<ReferralSummary> sentBy(UUID organisation, Instant now, int limit) {
        return jdbc.sql(SUMMARY + """
                         where r.referrer_organisation_id = :organisation
                         order by (r.status = 'sent' and r.due_at < :now) desc, r.sent_at desc, r.id
                         limit :limit
                        """)
                .param("organisation", organisation)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> summary(rs, now))
                .list();
    }

    /** A case's referrals, the most recent first; at most {@code limit}. */
    public List<ReferralSummary> ofCase(UUID caseId, Instant now, int limit) {
        return jdbc.sql(SUMMARY + " where r.case_id = :case order by r.sent_at desc, r.id limit :limit")
                .param("case", caseId)
                .param("limit", limit)
                .query((rs, row) -> summary(rs, now))
                .list();
    }

    /** Unanswered referrals past their due time, sent by the organisation or addressed to it as a provider. */
    public List<ReferralSummary> overdue(UUID organisation, boolean asProvider, Instant now) {
        String column = asProvider ? "r.provider_organisation_id" : "r.referrer_organisation_id";
        return jdbc.sql(SUMMARY + " where " + column + " = :organisation and r.status = 'sent' and r.due_at < :now"
                        + " order by r.due_at, r.id limit 200")
                .param("organisation", organisation)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> summary(rs, now))
                .list();
    }

    public List<ReferralSummary> ofCases(List<UUID> cases, Instant now) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where r.case_id = any (:cases) order by r.sent_at desc, r.id")
                .param("cases", cases.toArray(UUID[]::new))
                .query((rs, row) -> summary(rs, now))
                .list();
    }

    /** Referrals sent without consent on the organisation's cases or by its staff, the most recent first. */
    public List<StoredReferral> overrides(UUID organisation, int limit) {
        return jdbc.sql("""
                        select r.*, p.name as provider_name
                          from referrals_referral r
                          join referrals_provider p on p.organisation_id = r.provider_organisation_id
                         where r.override_reason is not null
                           and (r.case_organisation_id = :organisation or r.referrer_organisation_id = :organisation)
                         order by r.sent_at desc, r.id
                         limit :limit
                        """)
                .param("organisation", organisation)
                .param("limit", limit)
                .query(this::referral)
                .list();
    }

    private static ReferralSummary summary(ResultSet rs, Instant now) throws SQLException {
        ReferralStatus status = ReferralStatus.ofCode(rs.getString("status")).orElseThrow();
        Instant due = rs.getTimestamp("due_at").toInstant();
        return new ReferralSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_organisation_id", UUID.class),
                rs.getString("provider_name"),
                ServiceType.ofCode(rs.getString("service")).orElseThrow(),
                Urgency.ofCode(rs.getString("urgency")).orElseThrow(),
                status,
                rs.getTimestamp("sent_at").toInstant(),
                due,
                status == ReferralStatus.SENT && due.isBefore(now),
                rs.getBoolean("overridden"));
    }

    private StoredReferral referral(ResultSet rs, int row) throws SQLException {
        return new StoredReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("case_organisation_id", UUID.class),
                rs.getObject("provider_organisation_id", UUID.class),
                rs.getString("provider_name"),
                ServiceType.ofCode(rs.getString("service")).orElseThrow(),
                Urgency.ofCode(rs.getString("urgency")).orElseThrow(),
                ConsentRecords.categories(rs),
                rs.getObject("consent_id", UUID.class),
                decrypt(rs.getString("override_reason"), OVERRIDE_REASON),
                rs.getObject("overridden_by", UUID.class),
                decrypt(rs.getString("note"), NOTE),
                ReferralStatus.ofCode(rs.getString("status")).orElseThrow(),
                rs.getObject("referred_by", UUID.class),
                rs.getObject("referrer_organisation_id", UUID.class),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                instant(rs.getTimestamp("answered_at")),
                decrypt(rs.getString("decline_reason"), DECLINE_REASON),
                instant(rs.getTimestamp("delivered_at")),
                decrypt(rs.getString("delivery_note"), DELIVERY_NOTE),
                instant(rs.getTimestamp("closed_at")),
                decrypt(rs.getString("close_reason"), CLOSE_REASON),
                rs.getLong("version"));
    }

    private @Nullable String encrypt(@Nullable String text, EncryptedColumn column) {
        return text == null ? null : encryption.encrypt(text, column.context());
    }

    private @Nullable String decrypt(@Nullable String text, EncryptedColumn column) {
        return text == null ? null : encryption.decrypt(text, column.context());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
