package org.openpathways.cases.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The person's access codes and the links of cases to the person's own account (one row per case). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PersonAccessRecords {

    private final JdbcClient jdbc;

    PersonAccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the hash of a new code for the case, replacing an unused one; an existing link stays until it is used. */
    public void issue(UUID caseId, byte[] codeHash, Instant expires, UUID issuedBy) {
        jdbc.sql("""
                        insert into cases_person_access (case_id, code_hash, code_expires, code_issued_by)
                        values (:case, :hash, :expires, :by)
                        on conflict (case_id) do update
                         set code_hash = excluded.code_hash, code_expires = excluded.code_expires,
                             code_issued_by = excluded.code_issued_by
                        """)
                .param("case", caseId)
                .param("hash", codeHash)
                .param("expires", utc(expires))
                .param("by", issuedBy)
                .update();
    }

    /**
     * Uses the code: links its case to the account and forgets the code, in one statement, so that a code links at most
     * once even when two requests present it together.
     *
     * @return the case, or empty when no case has this code still valid at {@code now}
     */
    public Optional<UUID> redeem(byte[] codeHash, UUID account, Instant now) {
        return jdbc.sql("""
                        update cases_person_access
                           set account_id = :account, linked_at = :now, code_hash = null, code_expires = null
                         where code_hash = :hash and code_expires > :now
                        returning case_id
                        """)
                .param("account", account)
                .param("now", utc(now))
                .param("hash", codeHash)
                .query(UUID.class)
                .optional();
    }

    /** The cases linked to the account. */
    public List<UUID> casesOf(UUID account) {
        return jdbc.sql("select case_id from cases_person_access where account_id = ? order by linked_at, case_id")
                .param(account)
                .query(UUID.class)
                .list();
    }

    /** Whether the case is linked to an account and until when an unused code is valid. */
    public Optional<State> state(UUID caseId) {
        return jdbc.sql("select linked_at, code_expires from cases_person_access where case_id = ?")
                .param(caseId)
                .query((rs, row) -> new State(
                        instant(rs.getObject(1, OffsetDateTime.class)), instant(rs.getObject(2, OffsetDateTime.class))))
                .optional();
    }

    public record State(
            @Nullable Instant linkedAt, @Nullable Instant codeExpires) {}

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
