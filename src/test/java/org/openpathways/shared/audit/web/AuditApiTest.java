package org.openpathways.shared.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor auditor = user(UUID.randomUUID().toString()).roles("AUDITOR");

    @Test
    void onlyAuditorsGetTheTrailAndOthersGetProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/audit/entries"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit/entries")
                        .with(user(UUID.randomUUID().toString()).roles("APPLICANT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/audit/verifications")
                        .with(user(UUID.randomUUID().toString()).roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void entriesArePagedNewestFirstAndFiltered() throws Exception {
        String recordType = "api-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            String id = Integer.toString(i);
            transactions.executeWithoutResult(status -> trail.record(
                    AuditRecord.of("test.api", recordType, id, "testing").with("n", id)));
        }

        mvc.perform(get("/api/v1/audit/entries")
                        .with(auditor)
                        .param("recordType", recordType)
                        .param("page", "2")
                        .param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalEntries").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].recordId").value("3"))
                .andExpect(jsonPath("$.entries[0].action").value("test.api"))
                .andExpect(jsonPath("$.entries[0].details.n").value("3"))
                .andExpect(jsonPath("$.entries[0].occurredAt").value(endsWith("Z")))
                .andExpect(jsonPath("$.entries[0].hash").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.entries[1].recordId").value("2"));
    }

    @Test
    void malformedQueriesGetProblemDetailsAndChangeNothing() throws Exception {
        long before = count();
        String[][] queries = {
            {"size", "101"},
            {"size", "0"},
            {"page", "0"},
            {"page", "abc"},
            {"size", "-5"},
            {"action", "<script>alert(1)</script>"},
            {"recordId", "1; drop table audit_entry"},
            {"recordType", "../../etc/passwd"},
            {"actor", "x".repeat(201)},
            {"page", "99999999999"}
        };
        for (String[] query : queries) {
            mvc.perform(get("/api/v1/audit/entries").with(auditor).param(query[0], query[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/audit/entries").with(auditor).param("size", "101"))
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-audit-query")))
                .andExpect(jsonPath("$.fields[0]").value("size"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void verificationReportsAnIntactChainWithItsCount() throws Exception {
        transactions.executeWithoutResult(
                status -> trail.record(AuditRecord.of("test.api-verified", "probe", null, "testing")));

        mvc.perform(post("/api/v1/audit/verifications").with(auditor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(greaterThan(0)))
                .andExpect(jsonPath("$.headHash").isString())
                .andExpect(jsonPath("$.firstBreak").doesNotExist());
        assertThat(jdbc.sql("select action from audit_entry order by sequence desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("audit.verified");
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
