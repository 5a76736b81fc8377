package org.openpathways.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.documents.Documents;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An applicant's repeated status request is answered from the answer built for them before while their application is
 * unchanged (ADR 0022): always as the whole application would answer it, never to anyone else, never out of date.
 * Requests here carry a session holding the security context, as a signed-in browser or API client does.
 */
@IntegrationTest
class StatusAnswerCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoCatalogue demo;

    @Autowired
    Accounts accounts;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Documents documents;

    @Autowired
    Applications applications;

    @Autowired
    List<SecurityFilterChain> securityChains;

    private UUID applicant;
    private MockHttpSession applicantSession;
    private final UUID caseworker = UUID.randomUUID();
    private String reference;

    @BeforeEach
    void anApplicationUnderAssessment() throws Exception {
        demo.load();
        applicant = TestApplicants.register(accounts, encryption, jdbc, TestApplicants.email(), Language.ENGLISH);
        applicantSession = session(applicant, "APPLICANT");
        reference = new ApplicationsUnderAssessment(mvc, applications, documents, applicant, caseworker)
                .underAssessment("38", "1950.00");
    }

    @Test
    void aRepeatedReadGetsTheSameAnswerAndHeadersAsTheFirst() throws Exception {
        MockHttpServletResponse first = read(statusOf(reference), applicantSession);
        MockHttpServletResponse second = read(statusOf(reference), applicantSession);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
        for (String name : first.getHeaderNames()) {
            assertThat(second.getHeaders(name)).as(name).isEqualTo(first.getHeaders(name));
        }
        assertThat(second.getHeader("ETag")).isNotBlank();
        assertThat(second.getHeader("Cache-Control")).contains("no-store");
        assertThat(second.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(second.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);

        // Over HTTPS the application adds Strict-Transport-Security: an answer kept from plain HTTP is not used.
        for (int read = 0; read < 2; read++) {
            MockHttpServletResponse secure = read(statusOf(reference).secure(true), applicantSession);
            assertThat(secure.getHeader("Strict-Transport-Security")).isNotBlank();
            assertThat(secure.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        }
        assertThat(read(statusOf(reference), applicantSession).getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void anAnswerIsKeptOnlyWhileTheApplicationsRowIsUnchanged() throws Exception {
        read(statusOf(reference), applicantSession);
        // A step written on its own, without the row, is not seen: the kept answer is what is sent.
        jdbc.sql("""
                        insert into applications_step (application_id, position, step, at)
                        select id, 99, 'decision', now() from applications_application where reference = ?
                        """).param(reference).update();
        assertThat(read(statusOf(reference), applicantSession).getContentAsString())
                .doesNotContain("\"decision\"");

        // Any write of the row (here as another instance of the application would make it) makes the answer current.
        jdbc.sql("update applications_application set changed_at = now() where reference = ?")
                .param(reference)
                .update();

        assertThat(read(statusOf(reference), applicantSession).getContentAsString())
                .contains("\"decision\"");
    }

    @Test
    void aChangeMadeByACaseworkerIsSeenByTheApplicantAtOnce() throws Exception {
        read(statusOf(reference), applicantSession);

        mvc.perform(post("/api/v1/applications/{r}/information-requests", reference)
                        .with(as(caseworker, "CASEWORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Please send the signed contract.\"}"))
                .andExpect(status().isOk());

        mvc.perform(statusOf(reference).session(applicantSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("information-requested"))
                .andExpect(jsonPath("$.clockPaused").value(true))
                .andExpect(jsonPath("$.informationRequests[0].question").value("Please send the signed contract."));
    }

    @Test
    void theApplicantsAnswerIsNeverSentToAnyoneElse() throws Exception {
        byte[] own = read(statusOf(reference), applicantSession).getContentAsByteArray();
        read(statusOf(reference), applicantSession);

        UUID stranger = TestApplicants.register(accounts, encryption, jdbc, TestApplicants.email(), Language.ENGLISH);
        mvc.perform(statusOf(reference).session(session(stranger, "APPLICANT"))).andExpect(status().isNotFound());
        mvc.perform(statusOf(reference)).andExpect(status().isUnauthorized());

        // The assigned caseworker gets the staff view, through the application, and the read is audited.
        long audited = staffReads();
        MockHttpServletResponse staff = read(statusOf(reference), session(caseworker, "CASEWORKER"));
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getContentAsByteArray()).isNotEqualTo(own);
        assertThat(staffReads()).isEqualTo(audited + 1);
    }

    @Test
    void eachLanguageHasItsOwnAnswer() throws Exception {
        String english = read(statusOf(reference), applicantSession).getContentAsString();
        String arabic = read(statusOf(reference).header("Accept-Language", "ar"), applicantSession)
                .getContentAsString();
        String englishAgain = read(statusOf(reference), applicantSession).getContentAsString();

        assertThat(arabic).isNotEqualTo(english);
        assertThat(englishAgain).isEqualTo(english);
    }

    @Test
    void draftsAreAnsweredByTheApplicationEveryTime() throws Exception {
        String draft = mvc.perform(post("/api/v1/applications")
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pathway\": \"" + ApplicationsUnderAssessment.SEASONAL + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String draftReference = draft.substring(draft.lastIndexOf('/') + 1);
        read(statusOf(draftReference), applicantSession);
        jdbc.sql("""
                        insert into applications_step (application_id, position, step, at)
                        select id, 99, 'received', now() from applications_application where reference = ?
                        """).param(draftReference).update();

        assertThat(read(statusOf(draftReference), applicantSession).getContentAsString())
                .contains("\"received\"");
    }

    @Test
    void requestsTheKeptAnswerDoesNotFitGoThroughTheApplication() throws Exception {
        String etag = read(statusOf(reference), applicantSession).getHeader("ETag");

        mvc.perform(statusOf(reference).session(applicantSession).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(statusOf(reference).session(applicantSession).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable());
        mvc.perform(statusOf(reference.toLowerCase(java.util.Locale.ROOT)).session(applicantSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference));
    }

    @Test
    void theSecurityChainIsTheOneTheKeptAnswersWereCheckedAgainst() {
        // Kept answers are sent before the security chain runs (ADR 0022). A filter added to the chain may check
        // something of signed-in requests that StatusAnswerFilter must then check as well: review it, then this list.
        assertThat(securityChains.stream()
                        .flatMap(chain -> chain.getFilters().stream())
                        .map(filter -> filter.getClass().getName())
                        .map(name -> name.substring(name.lastIndexOf('.') + 1))
                        .toList())
                .containsExactly(
                        "DisableEncodeUrlFilter",
                        "WebAsyncManagerIntegrationFilter",
                        "SecurityContextHolderFilter",
                        "HeaderWriterFilter",
                        "CsrfFilter",
                        "LogoutFilter",
                        "UsernamePasswordAuthenticationFilter",
                        "RequestCacheAwareFilter",
                        "SecurityContextHolderAwareRequestFilter",
                        "AnonymousAuthenticationFilter",
                        "ExceptionTranslationFilter",
                        // The scrape token of /actuator/prometheus only (MetricsAccess).
                        "MetricsAccess$1",
                        "AuthorizationFilter");
    }

    private long staffReads() {
        return jdbc.sql("select count(*) from audit_entry where action = 'applications.read' and record_id = ?"
                        + " and actor = ?")
                .param(reference)
                .param(caseworker.toString())
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse read(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder statusOf(String reference) {
        return get("/api/v1/applications/{r}", reference);
    }

    /** A session as signing in leaves it: the security context stored in it. */
    private static MockHttpSession session(UUID account, String... roles) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                account.toString(),
                null,
                AuthorityUtils.createAuthorityList(
                        Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new)));
        var session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        return session;
    }
}
