package org.openpathways.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.AuditEntries;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.DocumentsIntegrationTest;
import org.openpathways.documents.SampleFiles;
import org.openpathways.documents.domain.ReceivedContent;
import org.openpathways.documents.storage.DocumentStorage;
import org.openpathways.documents.storage.FileSystemDocumentStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DocumentsIntegrationTest
class DocumentsApiTest {

    private static final String PROBLEMS = "https://openpathways.org/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentStorage storage;

    private final UUID owner = UUID.randomUUID();

    @Test
    void anUploadAnswers201WithItsLocationAndMetadataAndIsAudited() throws Exception {
        byte[] pdf = SampleFiles.aPdf();

        String location = upload(owner, "passport.pdf", "application/pdf", pdf, "identity")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/documents/")))
                .andExpect(jsonPath("$.name").value("passport.pdf"))
                .andExpect(jsonPath("$.purpose").value("identity"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(ReceivedContent.sha256Of(pdf)))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        DocumentId id = idIn(location);

        mvc.perform(get(location).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.content").value(location + "/content"));
        assertThat(AuditEntries.about(jdbc, id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("documents.uploaded");
            assertThat(entry.actor()).isEqualTo("account:" + owner);
            assertThat(entry.purpose()).isEqualTo("self-service");
            assertThat(entry.details()).contains("identity").doesNotContain("passport.pdf");
        });
    }

    @Test
    void contentIsDownloadedAsAnAttachmentThatBrowsersMayNotSniffOrCache() throws Exception {
        byte[] pdf = SampleFiles.aPdf();
        DocumentId id = uploaded(owner, "جواز سفر أمينة.pdf", pdf);

        mvc.perform(get("/api/v1/documents/{id}/content", id).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Cache-Control", "no-store, private"))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
                                                + "%D8%AC%D9%88%D8%A7%D8%B2%20%D8%B3%D9%81%D8%B1%20%D8%A3%D9%85%D9%8A%D9%86%D8%A9.pdf"));

        assertThat(AuditEntries.about(jdbc, id))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("documents.uploaded", "documents.read");
        assertThat(AuditEntries.about(jdbc, id).get(1).details()).contains("owner");
    }

    @Test
    void theTypeIsDecidedByContentNotByNameOrDeclaredType() throws Exception {
        String location = upload(owner, "scan.pdf", "application/pdf", SampleFiles.aPng(), "identity")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location + "/content").with(as(owner)))
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"scan.png\"")));
    }

    @Test
    void pagesAndProgramsRenamedAsPdfAreRefusedWith415() throws Exception {
        for (byte[] disguised :
                new byte[][] {SampleFiles.anHtmlPage(), SampleFiles.anExecutable(), SampleFiles.anSvg()}) {
            upload(owner, "invoice.pdf", "application/pdf", disguised, "financial")
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.unsupported-type"))
                    .andExpect(jsonPath("$.title").value("This type of file cannot be used"))
                    .andExpect(jsonPath("$.field").value("file"));
        }
        assertNothingStoredFor(owner);
    }

    @Test
    void aFileOverTheMaximumIsRefusedWith413AndOneOfExactlyTheMaximumIsKept() throws Exception {
        int max = 10 * 1024 * 1024;
        long filesBefore = storedFiles();

        upload(owner, "big.pdf", "application/pdf", SampleFiles.aPdfOfLength(max + 1), "education")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
        assertNothingStoredFor(owner);
        assertThat(storedFiles()).isEqualTo(filesBefore);

        upload(owner, "just-fits.pdf", "application/pdf", SampleFiles.aPdfOfLength(max), "education")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.size").value(max));
    }

    @Test
    void problemsAreExplainedInTheCallersLanguage() throws Exception {
        mvc.perform(multipart("/api/v1/documents")
                        .file(new MockMultipartFile("file", "page.pdf", "application/pdf", SampleFiles.anHtmlPage()))
                        .param("purpose", "identity")
                        .header("Accept-Language", "fr")
                        .with(as(owner))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Ce type de fichier ne peut pas être utilisé"));
    }

    @Test
    void hostileFileNamesAreRefusedAndNothingIsStored() throws Exception {
        String[][] cases = {
            {"../../etc/passwd.pdf", "documents.name-not-allowed"},
            {"..\\..\\boot.ini.pdf", "documents.name-not-allowed"},
            {"con.pdf", "documents.name-not-allowed"},
            {"pass\u0000port.pdf", "documents.name-not-allowed"},
            {"invoice\u202efdp.exe", "documents.name-not-allowed"},
            {"<img src=x onerror=alert(1)>.pdf", "documents.name-not-allowed"},
            {"\ufffd\ufffd.pdf", "documents.name-not-allowed"},
            {"a".repeat(300) + ".pdf", "documents.name-too-long"},
            {"   ", "documents.name-missing"}
        };
        for (String[] hostile : cases) {
            upload(owner, hostile[0], "application/pdf", SampleFiles.aPdf(), "identity")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + hostile[1]))
                    .andExpect(jsonPath("$.field").value("file"));
        }
        assertNothingStoredFor(owner);
    }

    @Test
    void aMissingOrUnknownPurposeAMissingFileAndAnEmptyFileAreRefused() throws Exception {
        for (String purpose : new String[] {"", "passport", "identity' or 1=1 --", "<script>"}) {
            upload(owner, "passport.pdf", "application/pdf", SampleFiles.aPdf(), purpose)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.purpose-invalid"))
                    .andExpect(jsonPath("$.field").value("purpose"));
        }
        mvc.perform(multipart("/api/v1/documents")
                        .param("purpose", "identity")
                        .with(as(owner))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.file-missing"));
        upload(owner, "empty.pdf", "application/pdf", new byte[0], "identity")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.empty"));
        assertNothingStoredFor(owner);
    }

    @Test
    void anotherPersonsDocumentDoesNotExistForYou() throws Exception {
        DocumentId id = uploaded(owner, "passport.pdf", SampleFiles.aPdf());
        UUID stranger = UUID.randomUUID();

        mvc.perform(get("/api/v1/documents/{id}", id).with(as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.not-found"));
        mvc.perform(get("/api/v1/documents/{id}/content", id).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/documents/{id}", id).with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/content", id)
                        .with(user(stranger.toString()).roles("CASEWORKER", "ADMIN")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/documents/{id}/content", id).with(as(owner))).andExpect(status().isOk());
        assertThat(AuditEntries.about(jdbc, id))
                .extracting(AuditEntries.Entry::actor)
                .doesNotContain("account:" + stranger);
    }

    @Test
    void idsThatAreNotIdsAreSimplyNotFound() throws Exception {
        for (String id :
                new String[] {"not-an-id", "' or 1=1", "00000000-0000-0000-0000-00000000000G", "x".repeat(5000)}) {
            mvc.perform(get("/api/v1/documents/{id}", id).with(as(owner))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/documents/{id}/content", id).with(as(owner)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void pathTricksInTheUrlAreRefusedBeforeReachingAnyDocument() throws Exception {
        for (String path : new String[] {"/api/v1/documents/..%2f..%2fetc", "/api/v1/documents/%2e%2e/content"}) {
            int status = mvc.perform(get(java.net.URI.create(path)).with(as(owner)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isBetween(400, 499);
        }
    }

    @Test
    void withoutSigningInTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/documents"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/v1/documents")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", SampleFiles.aPdf()))
                        .param("purpose", "identity")
                        .with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/documents/{id}/content", UUID.randomUUID())).andExpect(status().isUnauthorized());
    }

    @Test
    void yourDocumentsAreListedNewestFirstAPageAtATime() throws Exception {
        uploaded(owner, "one.pdf", SampleFiles.aPdf());
        uploaded(owner, "two.png", SampleFiles.aPng());
        uploaded(owner, "three.jpg", SampleFiles.aJpeg());
        uploaded(UUID.randomUUID(), "someone-else.pdf", SampleFiles.aPdf());

        mvc.perform(get("/api/v1/documents").param("size", "2").with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].name").value("three.jpg"))
                .andExpect(jsonPath("$.items[1].name").value("two.png"))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/documents")
                        .param("size", "2")
                        .param("page", "1")
                        .with(as(owner)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("one.pdf"));
        for (String size : new String[] {"0", "101", "-1"}) {
            mvc.perform(get("/api/v1/documents").param("size", size).with(as(owner)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/documents").param("page", "abc").with(as(owner)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void deletingRemovesTheContentForgetsTheNameAndIsAudited() throws Exception {
        DocumentId id = uploaded(owner, "diploma.pdf", SampleFiles.aPdf());
        Path file = ((FileSystemDocumentStorage) storage).pathOf(id.toString());
        assertThat(file).exists();

        mvc.perform(delete("/api/v1/documents/{id}", id).with(as(owner)).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(file).doesNotExist();
        mvc.perform(get("/api/v1/documents/{id}", id).with(as(owner))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/documents/{id}", id).with(as(owner)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select original_name is null and sha256 is null and deleted_at is not null"
                                + " from documents_document where id = ?")
                        .param(id.value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(AuditEntries.about(jdbc, id))
                .extracting(AuditEntries.Entry::action)
                .containsExactly("documents.uploaded", "documents.deleted");
    }

    @Test
    void theFileOnDiskAndTheNameInTheDatabaseHoldNoPlaintext() throws Exception {
        String secret = "Amina-Yusuf-passport-X1234567";
        DocumentId id = uploaded(owner, secret + ".pdf", SampleFiles.aPdfSaying(secret));

        byte[] raw = Files.readAllBytes(((FileSystemDocumentStorage) storage).pathOf(id.toString()));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .doesNotContain(secret)
                .doesNotContain("%PDF");
        String storedName = jdbc.sql("select original_name from documents_document where id = ?")
                .param(id.value())
                .query(String.class)
                .single();
        assertThat(storedName).doesNotContain(secret).startsWith("v1:");
    }

    @Test
    void nobodyKeepsMoreThanTheirShareOfDocuments() throws Exception {
        for (int i = 0; i < 100; i++) {
            jdbc.sql("""
                            insert into documents_document
                                (id, owner_id, purpose, content_type, size_bytes, original_name, sha256, uploaded_at)
                            values (?, ?, 'other', 'application/pdf', 1, 'sealed', ?, now())
                            """).params(UUID.randomUUID(), owner, "0".repeat(64)).update();
        }

        upload(owner, "one-more.pdf", "application/pdf", SampleFiles.aPdf(), "other")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.limit-reached"))
                .andExpect(jsonPath("$.detail").value(containsString("100")));
    }

    @Test
    void documentsBelongToAccountsNotToOtherKindsOfPrincipal() throws Exception {
        mvc.perform(get("/api/v1/documents").with(user("someone")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "documents.account-required"));
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/documents'].post.summary").value("Upload a document"))
                .andExpect(jsonPath("$.paths['/api/v1/documents'].post.responses['413']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/content'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}'].delete").exists());
    }

    private ResultActions upload(UUID account, String name, String declaredType, byte[] bytes, String purpose)
            throws Exception {
        return mvc.perform(multipart("/api/v1/documents")
                .file(new MockMultipartFile("file", name, declaredType, bytes))
                .param("purpose", purpose)
                .with(as(account))
                .with(csrf()));
    }

    private DocumentId uploaded(UUID account, String name, byte[] bytes) throws Exception {
        String location = upload(account, name, "application/octet-stream", bytes, "identity")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return idIn(location);
    }

    static RequestPostProcessor as(UUID account) {
        return user(account.toString()).roles("APPLICANT");
    }

    private static DocumentId idIn(String location) {
        return DocumentId.parse(location.substring(location.lastIndexOf('/') + 1))
                .orElseThrow();
    }

    private void assertNothingStoredFor(UUID account) {
        assertThat(jdbc.sql("select count(*) from documents_document where owner_id = ?")
                        .param(account)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'documents.uploaded'")
                        .param("account:" + account)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(((FileSystemDocumentStorage) storage).root())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
