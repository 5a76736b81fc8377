package org.openpathways.shared.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final String auditorId = UUID.randomUUID().toString();
    final RequestPostProcessor auditor = user(auditorId).roles("AUDITOR");

    @Test
    void onlyAuditorsSeeTheTrail() throws Exception {
        mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit").with(user(UUID.randomUUID().toString()).roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/verification")
                        .with(user(UUID.randomUUID().toString()).roles("CASEWORKER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(auditor)).andExpect(status().isOk());
    }

    @Test
    void entriesAreFilteredAndTheReadingIsAudited() throws Exception {
        String recordId = UUID.randomUUID().toString();
        record("test.page-filter", recordId);
        record("test.page-other", UUID.randomUUID().toString());

        Document page = page(get("/audit")
                .param("action", "test.page-filter")
                .param("recordId", recordId)
                .param("lang", "en"));

        assertThat(page.select("tbody tr")).hasSize(1);
        assertThat(page.select("tbody").text()).contains("test.page-filter", recordId);
        assertThat(page.select("h1").text()).isEqualTo("Audit trail");
        assertThat(lastEntry("action")).isEqualTo("audit.read");
        assertThat(lastEntry("actor")).isEqualTo("account:" + auditorId);
        assertThat(lastEntry("details")).contains("\"record-id\":\"" + recordId + "\"");
    }

    @Test
    void entriesComeNewestFirstInPagesWithGovukPagination() throws Exception {
        String type = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= AuditPages.PAGE_SIZE + 5; i++) {
            record("test.paged", Integer.toString(i), type);
        }

        Document first = page(get("/audit").param("recordType", type));
        Document second = page(get("/audit").param("recordType", type).param("page", "2"));

        assertThat(first.select("tbody tr")).hasSize(AuditPages.PAGE_SIZE);
        assertThat(first.select("tbody tr").first().text()).contains(type + " " + (AuditPages.PAGE_SIZE + 5));
        assertThat(first.select(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/audit?recordType=" + type + "&page=2");
        assertThat(first.select(".govuk-pagination__item--current a").attr("aria-current"))
                .isEqualTo("page");
        assertThat(second.select("tbody tr")).hasSize(5);
        assertThat(second.select("tbody tr").last().text()).contains(type + " 1");
        assertThat(second.select(".govuk-pagination__next")).isEmpty();
    }

    @Test
    void hostileFiltersAreRefusedWithALinkedMessageAndNothingRecorded() throws Exception {
        long before = count();

        Document page = page(get("/audit")
                .param("recordId", "<script>alert(1)</script>")
                .param("actor", "x' or '1'='1")
                .param("action", "a".repeat(201))
                .param("lang", "fr"));

        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#action", "#recordId", "#actor");
        assertThat(page.select("#recordId-error").text()).contains("Saisissez un identifiant de dossier");
        assertThat(page.select("#recordId").hasClass("govuk-input--error")).isTrue();
        assertThat(page.html()).doesNotContain("<script>alert");
        assertThat(page.select("table")).isEmpty();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPageNumberThatIsNotOneShowsTheFirstPageWithAMessage() throws Exception {
        Document page = page(get("/audit").param("page", "-3").param("lang", "es"));

        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#results");
        assertThat(page.select(".govuk-error-summary").text()).contains("Esa página no existe");
        assertThat(page.select("#results").text()).contains("página 1 de");
    }

    @Test
    void verifyingTheChainShowsThatItIsIntactWithTheCount() throws Exception {
        record("test.verified-from-page", UUID.randomUUID().toString());

        mvc.perform(post("/audit/verification").with(auditor).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail is intact")))
                .andExpect(content().string(containsString("All " + (count() - 1) + " entries were checked")))
                .andExpect(content().string(not(containsString("tampered"))));
        assertThat(lastEntry("action")).isEqualTo("audit.verified");
    }

    @Test
    void theVerificationFormNeedsItsCsrfToken() throws Exception {
        long before = count();

        mvc.perform(post("/audit/verification").with(auditor)).andExpect(status().isForbidden());

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void everyLanguageHasTheTrailPage() throws Exception {
        for (String language : new String[] {"en", "fr", "es", "ar"}) {
            mvc.perform(get("/audit").with(auditor).param("lang", language))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String html = mvc.perform(request.with(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private void record(String action, String recordId) {
        record(action, recordId, "probe");
    }

    private void record(String action, String recordId, String recordType) {
        transactions.executeWithoutResult(
                status -> trail.record(AuditRecord.of(action, recordType, recordId, "testing")));
    }

    private String lastEntry(String column) {
        return jdbc.sql("select " + column + " from audit_entry order by sequence desc limit 1")
                .query(String.class)
                .single();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
