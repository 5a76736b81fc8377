package org.openpathways.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.accounts.Accounts;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.notifications.mail.DemoMailbox;
import org.openpathways.pathways.demo.DemoCatalogue;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.crypto.FieldEncryption;
import org.openpathways.testing.IntegrationTest;
import org.openpathways.testing.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ApplicationsApiTest {

    private static final String SEASONAL = "seasonal-agricultural-work";
    private static final String SKILLED = "skilled-work-single-permit";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private UUID applicant;
    private String email;

    @BeforeEach
    void anApplicantAndTheCatalogue() {
        demo.load();
        email = TestApplicants.email();
        applicant = TestApplicants.register(accounts, encryption, jdbc, email, Language.ENGLISH);
    }

    @Test
    void aSeasonalWorkerStartsSavesAndSubmitsAndIsToldTheReferenceAndTheDateInTheirLanguage() throws Exception {
        String reference = start(SEASONAL);
        JsonNode draft =
                read(mvc.perform(get("/api/v1/applications/{r}", reference).with(as(applicant)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("ETag", "\"0\""))
                        .andExpect(jsonPath("$.status").value("draft"))
                        .andReturn());
        assertThat(fields(draft.get("missing")))
                .contains("applicant.fullName", "applicant.birthDate", "applicant.nationality", "documents.passport");

        mvc.perform(post("/api/v1/applications/{r}/submission", reference).with(as(applicant)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/applications.incomplete"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'documents.passport')]").exists());

        UUID passport = upload(applicant);
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seasonalDetails(passport)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.missing").isEmpty());

        JsonNode submitted = read(mvc.perform(post("/api/v1/applications/{r}/submission", reference)
                        .with(as(applicant))
                        .header("Accept-Language", "fr")
                        .header("Idempotency-Key", "submit-" + reference))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"))
                .andExpect(jsonPath("$.steps[0].step").value("received"))
                .andExpect(jsonPath("$.eligibility").value("MET"))
                .andReturn());
        assertThat(submitted.get("expectedDecisionDate").asString()).isNotBlank();
        assertThat(submitted.get("whatHappensNext").asString()).isNotBlank();

        var mail = new Mailbox(demoMailbox, jdbc).awaitMail(email, "We received your application");
        assertThat(mail.body()).contains(reference);

        mvc.perform(post("/api/v1/applications/{r}/submission", reference)
                        .with(as(applicant))
                        .header("Accept-Language", "fr")
                        .header("Idempotency-Key", "submit-" + reference))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        mvc.perform(post("/api/v1/applications/{r}/submission", reference).with(as(applicant)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seasonalDetails(passport)))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherPersonsApplicationIsNotFoundAndAMalformedReferenceToo() throws Exception {
        String reference = start(SEASONAL);
        mvc.perform(get("/api/v1/applications/{r}", reference).with(as(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/{r}", "A-2222-2222-3").with(as(applicant)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applications/{r}", reference).with(as(UUID.randomUUID(), "CASEWORKER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aValueThatCannotBeAcceptedIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String reference = start(SEASONAL);
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"applicant": {"fullName": "<script>", "nationality": "XX", "birthDate": "1850-01-01"},
                                 "documents": {"passport": "%s"}}""".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'applicant.fullName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.nationality')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.birthDate')]")
                        .exists())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'documents.passport')]").exists());
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(get("/api/v1/applications/{r}", reference).with(as(applicant)))
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void aCaseworkerAsksForInformationWhichPausesTheClockUntilTheApplicantAnswers() throws Exception {
        String reference = submittedSeasonalApplication();
        UUID caseworker = UUID.randomUUID();
        mvc.perform(get("/api/v1/casework/queue").with(as(caseworker, "CASEWORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].deadline")
                        .value("on-time"));
        mvc.perform(post("/api/v1/applications/{r}/assignment", reference).with(as(caseworker, "CASEWORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("screening"));
        mvc.perform(post("/api/v1/applications/{r}/assignment", reference).with(as(UUID.randomUUID(), "CASEWORKER")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applications/{r}/assessment", reference).with(as(caseworker, "CASEWORKER")))
                .andExpect(jsonPath("$.status").value("assessment"));
        mvc.perform(post("/api/v1/applications/{r}/information-requests", reference)
                        .with(as(caseworker, "CASEWORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Please send the signed contract.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("information-requested"))
                .andExpect(jsonPath("$.clockPaused").value(true))
                .andExpect(jsonPath("$.expectedDecisionDate").isEmpty());
        new Mailbox(demoMailbox, jdbc).awaitMail(email, "We need information");

        mvc.perform(post("/api/v1/applications/{r}/information-answer", reference)
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"It is in my documents, named contract.pdf.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("assessment"))
                .andExpect(jsonPath("$.expectedDecisionDate").isNotEmpty())
                .andExpect(jsonPath("$.informationRequests[0].answer")
                        .value("It is in my documents, named contract.pdf."));
        mvc.perform(post("/api/v1/applications/{r}/information-answer", reference)
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/applications/{r}/extension", reference)
                        .with(as(caseworker, "CASEWORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"complex\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theDetailsAreEncryptedAtRest() throws Exception {
        String reference = submittedSeasonalApplication();
        String stored = jdbc.sql("select details from applications_application where reference = :r")
                .param("r", reference)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("Moussa").doesNotContain("1995-04-12").doesNotContain("nationality");
    }

    private String submittedSeasonalApplication() throws Exception {
        String reference = start(SEASONAL);
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seasonalDetails(upload(applicant))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/{r}/submission", reference).with(as(applicant)))
                .andExpect(status().isOk());
        return reference;
    }

    private String start(String pathway) throws Exception {
        JsonNode started = read(mvc.perform(post("/api/v1/applications")
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pathway\": \"" + pathway + "\"}"))
                .andExpect(status().isCreated())
                .andReturn());
        return started.get("reference").asString();
    }

    private UUID upload(UUID owner) throws Exception {
        return documents
                .upload(
                        new Requester(owner, java.util.Set.of("APPLICANT")),
                        DocumentPurpose.IDENTITY,
                        "passport.pdf",
                        new ByteArrayInputStream(org.openpathways.documents.SampleFiles.aPdf()))
                .id()
                .value();
    }

    private static String seasonalDetails(UUID passport) {
        return """
                {"applicant": {"fullName": "Moussa Diop", "birthDate": "1995-04-12", "sex": "MALE",
                               "nationality": "SN", "countryOfResidence": "SN"},
                 "job": {"employer": "Ferme du Soleil", "hoursPerWeek": 38, "wage": 1950.00, "currency": "EUR",
                         "contractMonths": 6, "sector": "agriculture"},
                 "combinedWork": true,
                 "fee": {"paymentReference": "RCPT-2026-0042"},
                 "documents": {"passport": "%s"}}""".formatted(passport);
    }

    private static JsonNode read(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private static java.util.List<String> fields(JsonNode problems) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problems.forEach(problem -> fields.add(problem.get("field").asString()));
        return fields;
    }
}
