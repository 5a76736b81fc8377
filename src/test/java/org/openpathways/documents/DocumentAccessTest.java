package org.openpathways.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.DocumentTestPolicies.Assignments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Staff read a document only when another module's access policy admits them, and every such read is audited. */
@DocumentsIntegrationTest
class DocumentAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Documents documents;

    @Autowired
    Assignments assignments;

    @Autowired
    JdbcClient jdbc;

    private final UUID applicant = UUID.randomUUID();
    private final UUID caseworker = UUID.randomUUID();
    private final byte[] passport = SampleFiles.aPdfSaying("passport");
    private DocumentId document;

    @BeforeEach
    void anApplicantUploadsTheirPassport() {
        document = documents
                .upload(
                        new Requester(applicant, Set.of("APPLICANT")),
                        DocumentPurpose.IDENTITY,
                        "passport.pdf",
                        new ByteArrayInputStream(passport))
                .id();
    }

    @Test
    void theAssignedCaseworkerReadsTheDocumentForTheGrantedPurposeAndTheReadIsAudited() throws Exception {
        assignments.assign(caseworker, document);

        mvc.perform(get("/api/v1/documents/{id}", document)
                        .param("purpose", DocumentTestPolicies.ASSESSMENT)
                        .with(user(caseworker.toString()).roles("CASEWORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("passport.pdf"));
        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .param("purpose", DocumentTestPolicies.ASSESSMENT)
                        .with(user(caseworker.toString()).roles("CASEWORKER")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(passport));

        var entries = AuditEntries.about(jdbc, document);
        assertThat(entries)
                .extracting(AuditEntries.Entry::action)
                .containsExactly("documents.uploaded", "documents.described", "documents.read");
        assertThat(entries.subList(1, 3)).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("account:" + caseworker);
            assertThat(entry.purpose()).isEqualTo(DocumentTestPolicies.ASSESSMENT);
            assertThat(entry.details()).contains("policy:");
        });
    }

    @Test
    void withoutAPolicySayingYesStaffSeeNothing() throws Exception {
        assignments.assign(caseworker, document);
        UUID otherCaseworker = UUID.randomUUID();

        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .with(user(caseworker.toString()).roles("CASEWORKER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .param("purpose", "curiosity")
                        .with(user(caseworker.toString()).roles("CASEWORKER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .param("purpose", DocumentTestPolicies.ASSESSMENT)
                        .with(user(otherCaseworker.toString()).roles("CASEWORKER", "SUPERVISOR", "ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .param("purpose", DocumentTestPolicies.ASSESSMENT)
                        .with(user(caseworker.toString()).roles("APPLICANT")))
                .andExpect(status().isNotFound());

        assertThat(AuditEntries.about(jdbc, document))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("documents.uploaded");
    }

    @Test
    void aPurposeMustBeAPurposeCode() throws Exception {
        for (String purpose :
                new String[] {"Robert'); drop table documents_document; --", "<b>x</b>", "a".repeat(100)}) {
            mvc.perform(get("/api/v1/documents/{id}/content", document)
                            .param("purpose", purpose)
                            .with(user(applicant.toString()).roles("APPLICANT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type")
                            .value("https://openpathways.org/problems/documents.access-purpose-invalid"));
        }
    }

    @Test
    void aDocumentAnOpenCaseReliesOnCannotBeDeleted() throws Exception {
        assignments.hold(document);

        mvc.perform(delete("/api/v1/documents/{id}", document)
                        .with(user(applicant.toString()).roles("APPLICANT"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpathways.org/problems/documents.retained"));

        mvc.perform(get("/api/v1/documents/{id}/content", document)
                        .with(user(applicant.toString()).roles("APPLICANT")))
                .andExpect(status().isOk());
    }
}
