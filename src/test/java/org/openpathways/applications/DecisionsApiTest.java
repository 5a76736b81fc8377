package org.openpathways.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.QuotaTerms;
import org.openpathways.agreements.Quotas;
import org.openpathways.documents.Documents;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.permits.EmployerChange;
import org.openpathways.permits.PermitConditions;
import org.openpathways.permits.PermitReader;
import org.openpathways.permits.PermitToIssue;
import org.openpathways.permits.Permits;
import org.openpathways.permits.Revocation;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DecisionsApiTest {

    private static final String SEASONAL = "seasonal-agricultural-work";

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
    DemoMailbox demoMailbox;

    @Autowired
    Agreements agreements;

    @Autowired
    Quotas quotas;

    @Autowired
    Permits permits;

    @Autowired
    Applications applications;

    private UUID applicant;
    private String email;
    private final UUID caseworker = UUID.randomUUID();
    private final UUID supervisor = UUID.randomUUID();
    private final UUID reviewer = UUID.randomUUID();

    @BeforeEach
    void anApplicationUnderAssessment() {
        demo.load();
        email = TestApplicants.email();
        applicant = TestApplicants.register(accounts, encryption, jdbc, email, Language.ARABIC);
    }

    @Test
    void aRefusalCitesACriterionIsApprovedByAnotherOfficerAndIsOverturnedOnAppealWhichIssuesThePermit()
            throws Exception {
        String reference = underAssessment("38", "1950.00");
        mvc.perform(get("/api/v1/applications/{r}/failed-criteria", reference).with(as(caseworker, "CASEWORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());

        recommend(reference, "{\"outcome\": \"refuse\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grounds"));
        recommend(reference, "{\"outcome\": \"refuse\", \"criteria\": [\"0\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("criteria"));
        recommend(reference, "{\"outcome\": \"refuse\", \"grounds\": [\"astrology\"]}")
                .andExpect(status().isBadRequest());
        recommend(
                        reference,
                        "{\"outcome\": \"refuse\", \"grounds\": [\"insufficient-evidence\"],"
                                + " \"freeText\": \"The contract is not signed.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("recommended"));

        mvc.perform(get("/api/v1/casework/approvals").with(as(supervisor, "SUPERVISOR")))
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].flagged")
                        .value(true));
        UUID both = caseworker;
        mvc.perform(post("/api/v1/applications/{r}/refusal-approval", reference)
                        .with(as(both, "CASEWORKER", "SUPERVISOR")))
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.type").value("https://openpathways.org/problems/applications.own-recommendation"));
        mvc.perform(post("/api/v1/applications/{r}/refusal-approval", reference).with(as(supervisor, "SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("refused"));

        mvc.perform(get("/api/v1/applications/{r}/decision", reference)
                        .with(as(applicant))
                        .header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ar"))
                .andExpect(jsonPath("$.rightToLeft").value(true))
                .andExpect(jsonPath("$.approved").value(false))
                .andExpect(jsonPath("$.reasons.length()").value(2))
                .andExpect(jsonPath("$.appeal.length()").value(4));
        mvc.perform(get("/applications/{r}/letter.pdf", reference)
                        .with(as(applicant))
                        .param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(result -> assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5))
                        .isEqualTo("%PDF-"));
        new Mailbox(demoMailbox, jdbc).awaitMail(email, "");

        mvc.perform(post("/api/v1/applications/{r}/appeal", reference)
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grounds\": \"The contract was signed; I attach it again.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("appealed"));
        mvc.perform(post("/api/v1/applications/{r}/appeal", reference)
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grounds\": \"again\"}"))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/applications/{r}/appeal/assignment", reference)
                        .with(as(supervisor, "REVIEWER")))
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.type").value("https://openpathways.org/problems/applications.reviewer-involved"));
        mvc.perform(post("/api/v1/applications/{r}/appeal/assignment", reference)
                        .with(as(reviewer, "REVIEWER")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/applications/{r}/appeal/decision", reference)
                        .with(as(reviewer, "REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"overturned\", \"text\": \"The signed contract was in the file.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("approved"));

        String permit = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/applications/{r}/decision", reference)
                                .with(as(applicant)))
                        .andExpect(jsonPath("$.approved").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("permitNumber")
                .asString();
        mvc.perform(get("/api/v1/permits/{n}/verification", permit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderName").value("Moussa Diop"))
                .andExpect(jsonPath("$.status").value("valid"));
    }

    @Test
    void anApprovalTakesEffectAtOnceAndCountsInTheProcessingTimes() throws Exception {
        String reference = underAssessment("38", "1950.00");
        recommend(reference, "{\"outcome\": \"approve\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("approved"))
                .andExpect(jsonPath("$.steps[-1].step").value("decision"));
        Long decided = jdbc.sql(
                        "select count(*) from applications_application where pathway_code = :c and decided_on is not null")
                .param("c", SEASONAL)
                .query(Long.class)
                .single();
        ResultActions times = mvc.perform(get("/api/v1/pathways/{code}/processing-time", SEASONAL));
        if (decided >= 5) {
            times.andExpect(status().isOk()).andExpect(jsonPath("$.medianDays").value(0.0));
        } else {
            times.andExpect(status().isNotFound());
        }
        recommend(reference, "{\"outcome\": \"approve\"}").andExpect(status().isConflict());
    }

    @Test
    void anApprovalTakesAPlaceInTheQuotaAndWithNoPlaceLeftItIsRefusedAndChangesNothing() throws Exception {
        String quota = "test-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        agreements.create(new AgreementTerms(
                quota,
                AgreementKind.BILATERAL,
                Map.of(Language.ENGLISH, "Test agreement"),
                List.of("SN"),
                List.of("agriculture"),
                today.minusDays(1),
                today.plusYears(1),
                Map.of(Language.ENGLISH, List.of("Equal pay")),
                AgreementStatus.IN_FORCE,
                List.of(new QuotaTerms(
                        quota,
                        List.of(SEASONAL),
                        "agriculture",
                        List.of(),
                        today.minusDays(1),
                        today.plusDays(30),
                        1))));
        String first = underAssessment("38", "1950.00");
        String second = underAssessment("38", "1950.00");

        recommend(first, "{\"outcome\": \"approve\"}").andExpect(status().isOk());
        recommend(second, "{\"outcome\": \"approve\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/agreements.quota-exhausted"));

        assertThat(quotas.remaining(quota)).isZero();
        String permit = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(
                                get("/api/v1/applications/{r}/decision", first).with(as(applicant)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("permitNumber")
                .asString();
        permits.revokeAsSystem(permit, new Revocation("fraud", null), "test");
        await().atMost(Duration.ofSeconds(20)).until(() -> quotas.remaining(quota) == 1);
        mvc.perform(get("/api/v1/applications/{r}", second).with(as(applicant)))
                .andExpect(jsonPath("$.status").value("assessment"));
        assertThat(jdbc.sql("select count(*) from permits_permit where application_reference = :r")
                        .param("r", second)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void processingTimesArePublishedFromDecidedApplicationsOnceThereAreEnough() throws Exception {
        String pathway = "study";
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int days : new int[] {10, 20, 30, 40}) {
            decided(pathway, start, days);
        }
        mvc.perform(get("/api/v1/pathways/{code}/processing-time", pathway)).andExpect(status().isNotFound());
        decided(pathway, start, 50);
        mvc.perform(get("/api/v1/pathways/{code}/processing-time", pathway))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(5))
                .andExpect(jsonPath("$.medianDays").value(30.0))
                .andExpect(jsonPath("$.percentile80Days").value(42.0));
    }

    private void decided(String pathway, LocalDate start, int days) {
        jdbc.sql("""
                        insert into applications_application (id, reference, applicant_id, pathway_code,
                            pathway_version, category, status, details, created_at, changed_at, submitted_at,
                            clock_start, decision_days, day_count, calendar, due_on, decided_at, decided_on, version)
                        values (:id, :reference, :applicant, :pathway, 1, 'study', 'approved', :details, now(), now(),
                            now(), :start, 60, 'calendar', 'default', :start, now(), :decided, 0)
                        """)
                .param("id", UUID.randomUUID())
                .param("reference", org.openpathways.shared.reference.ReferenceNumbers.generate("A"))
                .param("applicant", UUID.randomUUID())
                .param("pathway", pathway)
                .param("details", encryption.encrypt("{}", "applications_application.details"))
                .param("start", start)
                .param("decided", start.plusDays(days))
                .update();
    }

    @Test
    void aRenewalApplicationApprovedExtendsThePermitInsteadOfIssuingAnother() throws Exception {
        LocalDate today = LocalDate.now();
        var number = permits.issue(new PermitToIssue(
                "renewal-test-" + UUID.randomUUID(),
                applicant,
                "Moussa Diop",
                "SN",
                "study",
                1,
                today.minusMonths(8),
                today.plusDays(20),
                new PermitConditions(true, WorkTie.NONE, null, null, EmployerChange.ALLOWED)));
        String reference = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(post("/api/v1/applications")
                                .with(as(applicant))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"renewalOf\": \"" + number.grouped() + "\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.pathway").value("study"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("reference")
                .asString();
        mvc.perform(post("/api/v1/applications")
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"renewalOf\": \"" + number.grouped() + "\"}"))
                .andExpect(status().isConflict());
        complete(reference, "38", "1950.00");
        recommend(reference, "{\"outcome\": \"approve\"}").andExpect(status().isOk());

        var renewed =
                permits.permit(number.grouped(), new PermitReader(applicant, Set.of("APPLICANT")), "self-service");
        assertThat(renewed.validUntil()).isAfter(today.plusMonths(8));
        assertThat(jdbc.sql("select count(*) from permits_permit where application_reference = :r")
                        .param("r", reference)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/applications/{r}/decision", reference).with(as(applicant)))
                .andExpect(jsonPath("$.permitNumber").value(number.grouped()));
    }

    private ResultActions recommend(String reference, String json) throws Exception {
        return mvc.perform(post("/api/v1/applications/{r}/recommendation", reference)
                .with(as(caseworker, "CASEWORKER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String underAssessment(String hours, String wage) throws Exception {
        return new ApplicationsUnderAssessment(mvc, applications, documents, applicant, caseworker)
                .underAssessment(hours, wage);
    }

    private void complete(String reference, String hours, String wage) throws Exception {
        new ApplicationsUnderAssessment(mvc, applications, documents, applicant, caseworker)
                .complete(reference, hours, wage);
    }
}
