package org.openpathways.platform.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IdempotencyCleanupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyCleanup cleanup;

    @Test
    void theScheduledCleanupRemovesExpiredResponsesOnly() throws Exception {
        String expired = created();
        String live = created();
        jdbc.sql("update platform_idempotency_key set expires_at = :past where idempotency_key = :key")
                .param("past", Timestamp.from(Instant.now().minusSeconds(60)))
                .param("key", expired)
                .update();

        assertThat(cleanup.removeExpired()).isPositive();

        assertThat(stored(expired)).isZero();
        assertThat(stored(live)).isEqualTo(1);
    }

    @Test
    void responsesAreKeptForTheConfiguredRetention() throws Exception {
        String key = created();
        Instant expiresAt = jdbc.sql("select expires_at from platform_idempotency_key where idempotency_key = :key")
                .param("key", key)
                .query(Timestamp.class)
                .single()
                .toInstant();
        assertThat(expiresAt)
                .isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(24 * 3600 + 60));
    }

    private String created() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/test/notes")
                        .with(user(UUID.randomUUID().toString()).roles("APPLICANT"))
                        .with(csrf())
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"kept for a while\"}"))
                .andExpect(status().isCreated());
        return key;
    }

    private long stored(String key) {
        return jdbc.sql("select count(*) from platform_idempotency_key where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
