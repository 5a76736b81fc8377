package org.openpathways.applications;

import static org.openpathways.applications.TestApplicants.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.documents.SampleFiles;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Seasonal-work applications taken through the API up to a caseworker's assessment, for tests that start there. */
record ApplicationsUnderAssessment(
        MockMvc mvc, Applications applications, Documents documents, UUID applicant, UUID caseworker) {

    static final String SEASONAL = "seasonal-agricultural-work";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Starts a seasonal-work application, then {@link #complete}s it. */
    String underAssessment(String hours, String wage) throws Exception {
        String reference = JSON.readTree(mvc.perform(post("/api/v1/applications")
                                .with(as(applicant))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"pathway\": \"" + SEASONAL + "\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("reference")
                .asString();
        complete(reference, hours, wage);
        return reference;
    }

    /** Fills in, submits, and takes into assessment an application started by the applicant. */
    void complete(String reference, String hours, String wage) throws Exception {
        String pathway = JSON.readTree(
                        mvc.perform(get("/api/v1/applications/{r}", reference).with(as(applicant)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("pathway")
                .asString();
        StringBuilder attached = new StringBuilder();
        for (String code : applications.terms(pathway).orElseThrow().documentCodes()) {
            UUID document = documents
                    .upload(
                            new Requester(applicant, Set.of("APPLICANT")),
                            DocumentPurpose.OTHER,
                            code + ".pdf",
                            new ByteArrayInputStream(SampleFiles.aPdf()))
                    .id()
                    .value();
            attached.append(attached.isEmpty() ? "" : ", ").append("\"" + code + "\": \"" + document + "\"");
        }
        mvc.perform(put("/api/v1/applications/{r}", reference)
                        .with(as(applicant))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"applicant": {"fullName": "Moussa Diop", "birthDate": "1995-04-12", "sex": "MALE",
                                               "nationality": "SN", "countryOfResidence": "SN"},
                                 "job": {"employer": "Ferme du Soleil", "hoursPerWeek": %s, "wage": %s,
                                         "currency": "EUR", "contractMonths": 6, "sector": "agriculture"},
                                 "combinedWork": true,
                                 "fee": {"paymentReference": "RCPT-2026-0042"},
                                 "documents": {%s}}""".formatted(hours, wage, attached)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/{r}/submission", reference).with(as(applicant)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/{r}/assignment", reference).with(as(caseworker, "CASEWORKER")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/{r}/assessment", reference).with(as(caseworker, "CASEWORKER")))
                .andExpect(status().isOk());
    }
}
