package org.openpathways.platform.api.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpathways.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table {@code platform_idempotency_key}: one row per caller and key, inserted when the first request starts and
 * completed with its response in the same transaction. Response bodies are encrypted, as they may hold personal data.
 */
@Component
class IdempotencyRecords {

    static final String TABLE = "platform_idempotency_key";
    static final String BODY_CONTEXT = TABLE + ".response_body";

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final JsonMapper json;

    IdempotencyRecords(JdbcClient jdbc, FieldEncryption encryption, JsonMapper json) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.json = json;
    }

    /**
     * Claims the key for this request, in the caller's transaction: inserts the row, or takes over one that has
     * expired. Returns the row's id, or nothing when a live row exists. If another transaction holds an uncommitted row
     * for the key (a concurrent twin), waits at most {@code wait} and then fails with Spring's
     * {@code CannotAcquireLockException}.
     */
    Optional<Long> claim(String caller, String key, String requestHash, Instant now, Instant expiresAt, Duration wait) {
        jdbc.sql("select set_config('lock_timeout', :wait, true)")
                .param("wait", Math.max(1, wait.toMillis()) + "ms")
                .query()
                .singleValue();
        Optional<Long> id = jdbc.sql("""
                        insert into platform_idempotency_key (caller, idempotency_key, request_hash, created_at, expires_at)
                        values (:caller, :key, :hash, :now, :expiresAt)
                        on conflict (caller, idempotency_key) do update
                            set request_hash = excluded.request_hash, created_at = excluded.created_at,
                                expires_at = excluded.expires_at, response_status = null, response_headers = null,
                                response_body = null
                            where platform_idempotency_key.expires_at <= excluded.created_at
                        returning id
                        """)
                .param("caller", caller)
                .param("key", key)
                .param("hash", requestHash)
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(expiresAt))
                .query(Long.class)
                .optional();
        jdbc.sql("set local lock_timeout to default").update();
        return id;
    }

    void complete(long id, StoredResponse response) {
        jdbc.sql("""
                        update platform_idempotency_key
                        set response_status = :status, response_headers = :headers, response_body = :body
                        where id = :id
                        """)
                .param("status", response.status())
                .param("headers", json.writeValueAsString(response.headers()))
                .param("body", encryption.encrypt(response.body(), BODY_CONTEXT))
                .param("id", id)
                .update();
    }

    /** The committed, unexpired record of a key, if any. */
    Optional<Recorded> find(String caller, String key, Instant now) {
        return jdbc.sql("""
                        select request_hash, response_status, response_headers, response_body
                        from platform_idempotency_key
                        where caller = :caller and idempotency_key = :key and expires_at > :now
                          and response_status is not null
                        """)
                .param("caller", caller)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Recorded(
                        rs.getString("request_hash"),
                        new StoredResponse(
                                rs.getInt("response_status"),
                                json.readValue(rs.getString("response_headers"), HEADERS),
                                encryption.decrypt(rs.getBytes("response_body"), BODY_CONTEXT))))
                .optional();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("delete from platform_idempotency_key where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    record Recorded(String requestHash, StoredResponse response) {}
}
