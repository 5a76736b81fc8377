package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.testing.ProblemAssertions.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpathways.platform.api.probe.ProbeGate;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A creating request sent twice with the same Idempotency-Key is carried out once. */
@IntegrationTest
class IdempotencyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProbeGate gate;

    private final RequestPostProcessor caller =
            user(UUID.randomUUID().toString()).roles("APPLICANT");
    private final String topic = UUID.randomUUID().toString();

    @Test
    void aRetryGetsTheFirstResponseWithoutCreatingAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        MockHttpServletResponse first = mvc.perform(create(key, note("first")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse replay = mvc.perform(create(key, note("first")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn()
                .getResponse();

        assertThat(replay.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(replay.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(replay.getContentType()).isEqualTo(first.getContentType());
        assertThat(notesInTopic()).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, note("first"))).andExpect(status().isCreated());
        mvc.perform(create(key, note("second"))).andExpect(problem(422, "idempotency-key-reused"));
        assertThat(notesInTopic()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, note("mine"))).andExpect(status().isCreated());
        mvc.perform(create(key, note("mine"))
                        .with(user(UUID.randomUUID().toString()).roles("APPLICANT")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(notesInTopic()).isEqualTo(2);
    }

    @Test
    void keysMustBeOneTo255PrintableAsciiCharacters() throws Exception {
        mvc.perform(create("k".repeat(256), note("long"))).andExpect(problem(400, "idempotency-key-invalid"));
        mvc.perform(create("clé", note("accent"))).andExpect(problem(400, "idempotency-key-invalid"));
        mvc.perform(create("", note("empty"))).andExpect(problem(400, "idempotency-key-invalid"));
        mvc.perform(create("k".repeat(255), note("longest"))).andExpect(status().isCreated());
        assertThat(notesInTopic()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestKeepsNothingSoItCanBeCorrectedUnderTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, "{\"text\":\"\",\"topic\":\"" + topic + "\"}"))
                .andExpect(problem(400, "invalid-request"));
        assertThat(keysNamed(key)).isZero();
        mvc.perform(create(key, note("corrected"))).andExpect(status().isCreated());
        assertThat(keysNamed(key)).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheChangeRollsBackTheChangeAndTheKeyTogether() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, note("fail after insert"))).andExpect(problem(500, "internal-error"));
        assertThat(notesInTopic()).isZero();
        assertThat(keysNamed(key)).isZero();
    }

    @Test
    void aConcurrentTwinIsRefusedWhileTheFirstIsInProgress() throws Exception {
        String key = UUID.randomUUID().toString();
        gate.close();
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(create(key, note("slow"))).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(gate.awaitHeldRequest()).isTrue();
            mvc.perform(create(key, note("slow")))
                    .andExpect(problem(409, "idempotency-key-in-progress"))
                    .andExpect(header().string("Retry-After", "1"));
        } finally {
            gate.open();
        }
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        mvc.perform(create(key, note("slow")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(notesInTopic()).isEqualTo(1);
    }

    @Test
    void storedResponsesAreEncrypted() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, note("a private remark"))).andExpect(status().isCreated());
        byte[] stored = jdbc.sql("select response_body from platform_idempotency_key where idempotency_key = :key")
                .param("key", key)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("private remark", topic);
    }

    @Test
    void expiredKeysAreForgottenAndMayBeUsedAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, note("old"))).andExpect(status().isCreated());
        expire(key);
        mvc.perform(create(key, note("new")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(notesInTopic()).isEqualTo(2);
    }

    private void expire(String key) {
        jdbc.sql("update platform_idempotency_key set expires_at = :past where idempotency_key = :key")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .param("key", key)
                .update();
    }

    private MockHttpServletRequestBuilder create(String key, String json) {
        return post("/api/test/notes")
                .with(caller)
                .with(csrf())
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private String note(String text) {
        return "{\"text\":\"" + text + "\",\"topic\":\"" + topic + "\"}";
    }

    private long notesInTopic() {
        return jdbc.sql("select count(*) from test_probe_note where topic = :topic")
                .param("topic", topic)
                .query(Long.class)
                .single();
    }

    private long keysNamed(String key) {
        return jdbc.sql("select count(*) from platform_idempotency_key where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
