package org.openpathways.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.shared.audit.ChainBreak.Reason;
import org.openpathways.shared.command.CommandRunner;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alters, deletes, inserts and reorders entries directly in the database, as a superuser could, and checks that
 * verification names exactly the first broken entry. The trail is put back after each test.
 */
@IntegrationTest
class AuditChainVerificationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReview review;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CommandRunner commands;

    @Autowired
    MockMvc mvc;

    ChainTampering tampering;
    List<Long> recorded;

    @BeforeEach
    void recordFiveEntries() {
        tampering = new ChainTampering(jdbc, transactions);
        recorded = IntStream.range(0, 5).mapToObj(i -> recordOne()).toList();
        tampering.keepOriginal();
        assertThat(review.verify().intact()).isTrue();
    }

    @AfterEach
    void restoreTheTrail() {
        tampering.restoreOriginal();
    }

    @Test
    void anUntouchedChainIsIntactWithEveryEntryCounted() {
        long entries =
                jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        ChainVerification result = review.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(entries);
        assertThat(result.headHash()).isEqualTo(tampering.entry(entries).get("hash"));
    }

    @Test
    void anAlteredEntryIsNamed() {
        long third = recorded.get(2);
        tampering.asSuperuser("update audit_entry set purpose = 'curiosity' where sequence = ?", third);

        assertBrokenAt(third, Reason.ALTERED);
    }

    @Test
    void anAlteredTimestampIsNamed() {
        long second = recorded.get(1);
        tampering.asSuperuser(
                "update audit_entry set occurred_at = occurred_at - interval '1 day' where sequence = ?", second);

        assertBrokenAt(second, Reason.ALTERED);
    }

    @Test
    void aDeletedEntryIsNamedByItsMissingNumber() {
        long third = recorded.get(2);
        tampering.asSuperuser("delete from audit_entry where sequence = ?", third);

        assertBrokenAt(third, Reason.DELETED);
    }

    @Test
    void aDeletionHiddenByRenumberingIsNamed() {
        long third = recorded.get(2);
        tampering.asSuperuser(() -> {
            jdbc.sql("delete from audit_entry where sequence = ?").param(third).update();
            jdbc.sql("update audit_entry set sequence = -sequence where sequence > ?")
                    .param(third)
                    .update();
            jdbc.sql("update audit_entry set sequence = -sequence - 1 where sequence < 0")
                    .update();
        });

        assertBrokenAt(third, Reason.INSERTED_OR_REORDERED);
    }

    @Test
    void anEntryAppendedWithoutTheChainIsNamed() {
        long last = jdbc.sql("select max(sequence) from audit_entry")
                .query(Long.class)
                .single();
        long next = last + 1;
        Map<String, Object> forged = new HashMap<>(tampering.entry(last));
        forged.put("sequence", next);
        forged.put("purpose", "cover-up");
        forged.put("previous_hash", "f".repeat(64));
        tampering.asSuperuser(() -> tampering.insert(forged));

        assertBrokenAt(next, Reason.INSERTED_OR_REORDERED);
    }

    @Test
    void anEntryInsertedInTheMiddleWithACorrectHashBreaksTheLinkAfterIt() {
        long third = recorded.get(2);
        Map<String, Object> before = tampering.entry(third - 1);
        Map<String, Object> forged = new HashMap<>(tampering.entry(third));
        forged.put("purpose", "cover-up");
        forged.put("previous_hash", before.get("hash"));
        forged.put("hash", hashOf(forged));
        tampering.asSuperuser(() -> {
            jdbc.sql("update audit_entry set sequence = -sequence where sequence >= ?")
                    .param(third)
                    .update();
            jdbc.sql("update audit_entry set sequence = -sequence + 1 where sequence < 0")
                    .update();
            tampering.insert(forged);
        });

        ChainVerification result = review.verify();

        assertThat(result.firstBreak()).isEqualTo(new ChainBreak(third + 1, Reason.INSERTED_OR_REORDERED));
        assertThat(result.entries()).isEqualTo(third);
    }

    @Test
    void swappedEntriesAreNamed() {
        long third = recorded.get(2);
        long fourth = recorded.get(3);
        tampering.asSuperuser(() -> {
            jdbc.sql("update audit_entry set sequence = 0 where sequence = ?")
                    .param(third)
                    .update();
            jdbc.sql("update audit_entry set sequence = ? where sequence = ?")
                    .params(third, fourth)
                    .update();
            jdbc.sql("update audit_entry set sequence = ? where sequence = 0")
                    .param(fourth)
                    .update();
        });

        assertBrokenAt(third, Reason.INSERTED_OR_REORDERED);
    }

    @Test
    void anEntryRewrittenTogetherWithItsHashShowsAtTheNextLink() {
        long third = recorded.get(2);
        Map<String, Object> rewritten = new HashMap<>(tampering.entry(third));
        rewritten.put("purpose", "cover-up");
        String hash = hashOf(rewritten);
        tampering.asSuperuser("update audit_entry set purpose = 'cover-up', hash = ? where sequence = ?", hash, third);

        ChainVerification result = review.verify();

        assertThat(result.firstBreak()).isEqualTo(new ChainBreak(third + 1, Reason.INSERTED_OR_REORDERED));
        assertThat(result.entries()).isEqualTo(third);
    }

    @Test
    void theVerificationIsItselfAudited() {
        long third = recorded.get(2);
        tampering.asSuperuser("delete from audit_entry where sequence = ?", third);

        review.verify();

        Map<String, Object> last = jdbc.sql("select * from audit_entry order by sequence desc limit 1")
                .query()
                .singleRow();
        assertThat(last.get("action")).isEqualTo("audit.verified");
        assertThat((String) last.get("details"))
                .contains("\"first-broken-entry\":\"" + third + "\"")
                .contains("\"reason\":\"DELETED\"")
                .contains("\"intact\":\"false\"");
    }

    @Test
    void theVerifyAuditCommandExitsWithOneWhenTheChainIsBroken() throws Exception {
        commands.run(new DefaultApplicationArguments("verify-audit"));
        assertThat(commands.getExitCode()).isZero();

        tampering.asSuperuser("update audit_entry set actor = 'someone-else' where sequence = ?", recorded.get(0));
        commands.run(new DefaultApplicationArguments("verify-audit"));
        assertThat(commands.getExitCode()).isEqualTo(1);

        commands.run(new DefaultApplicationArguments("no-such-command"));
        assertThat(commands.getExitCode()).isEqualTo(2);
    }

    @Test
    void theAuditorsPageAndApiNameTheFirstBrokenEntry() throws Exception {
        long fourth = recorded.get(3);
        tampering.asSuperuser("update audit_entry set details = '{}' where sequence = ?", fourth);
        var auditor = user(UUID.randomUUID().toString()).roles("AUDITOR");

        mvc.perform(post("/audit/verification").with(auditor).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail has been tampered with")))
                .andExpect(content().string(containsString("id=\"first-broken-entry\">" + fourth + "<")));
        mvc.perform(post("/api/v1/audit/verifications").with(auditor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.entries").value(fourth - 1))
                .andExpect(jsonPath("$.firstBreak.sequence").value(fourth))
                .andExpect(jsonPath("$.firstBreak.reason").value("ALTERED"));
    }

    private long recordOne() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> trail.record(
                AuditRecord.of("test.changed", "probe", id, "testing").with("step", "one")));
        return jdbc.sql("select sequence from audit_entry where record_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The chain breaks at this entry, and every entry before it is intact. */
    private void assertBrokenAt(long sequence, Reason reason) {
        ChainVerification result = review.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).isEqualTo(new ChainBreak(sequence, reason));
        assertThat(result.entries()).isEqualTo(sequence - 1);
    }

    private static String hashOf(Map<String, Object> row) {
        return AuditChain.hash(
                ((Number) row.get("sequence")).longValue(),
                ((java.sql.Timestamp) row.get("occurred_at")).toInstant(),
                (String) row.get("actor"),
                (String) row.get("action"),
                (String) row.get("record_type"),
                (String) row.get("record_id"),
                (String) row.get("purpose"),
                (String) row.get("details"),
                (String) row.get("previous_hash"));
    }
}
