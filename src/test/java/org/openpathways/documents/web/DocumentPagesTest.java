package org.openpathways.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.DocumentsIntegrationTest;
import org.openpathways.documents.Requester;
import org.openpathways.documents.SampleFiles;
import org.openpathways.documents.storage.DocumentStorage;
import org.openpathways.documents.storage.FileSystemDocumentStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DocumentsIntegrationTest
class DocumentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Documents documents;

    @Autowired
    DocumentStorage storage;

    private final UUID owner = UUID.randomUUID();

    @Test
    void visitorsWhoAreNotSignedInAreAskedToSignIn() throws Exception {
        mvc.perform(get("/documents")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(multipart("/documents")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", SampleFiles.aPdf()))
                        .param("purpose", "identity")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/documents/{id}/download", UUID.randomUUID())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void thePageListsYourDocumentsAndOffersAnAccessibleUploadForm() throws Exception {
        uploaded(owner, "diploma.pdf");
        uploaded(UUID.randomUUID(), "someone-elses.pdf");

        Document page = page(mvc.perform(get("/documents").with(as(owner))).andExpect(status().isOk()));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("table.govuk-table tbody tr")).hasSize(1);
        assertThat(page.select("table").text()).contains("diploma.pdf", "PDF").doesNotContain("someone-elses");
        assertThat(page.select("a[href$=/download]")).hasSize(1);
        assertThat(page.select("a[href$=/delete]")).hasSize(1);
        var form = page.selectFirst("form[enctype=multipart/form-data]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).startsWith("/documents?_csrf=");
        assertThat(form.select("label[for=file]")).hasSize(1);
        assertThat(form.select("label[for=purpose]")).hasSize(1);
        assertThat(form.select("#file-hint").text()).contains("10 MB");
        assertThat(form.select("#purpose option")).hasSize(DocumentPurpose.values().length + 1);
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
    }

    @Test
    void anUploadThroughTheFormIsStoredAndConfirmed() throws Exception {
        mvc.perform(uploadForm(owner, "passport.jpg", SampleFiles.aJpeg(), "identity"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents"))
                .andExpect(flash().attribute("uploaded", true));

        Document page =
                page(mvc.perform(get("/documents").flashAttr("uploaded", true).with(as(owner))));
        assertThat(page.select(".govuk-notification-banner").text()).contains("Your document has been uploaded.");
        assertThat(page.select("table").text()).contains("passport.jpg", "JPEG picture", "Passport or identity card");
    }

    @Test
    void aFileOfTheWrongTypeIsRefusedWithAnErrorLinkedToTheFileField() throws Exception {
        Document page = page(mvc.perform(uploadForm(owner, "cv.pdf", SampleFiles.anExecutable(), "employment"))
                .andExpect(status().isUnsupportedMediaType()));

        assertThat(page.select(".govuk-error-summary a[href=#file]").text())
                .contains("must be a PDF, or a picture in PNG, JPEG or WebP format");
        assertThat(page.select("#file-error").text()).contains("must be a PDF");
        assertThat(page.select("#file").attr("aria-describedby")).contains("file-error");
        assertThat(page.select("#purpose option[selected]").val()).isEqualTo("employment");
        assertThat(documents.listOwn(new Requester(owner, Set.of()), 0, 10).total())
                .isZero();
    }

    @Test
    void aFileThatIsTooLargeIsRefusedInTheVisitorsLanguage() throws Exception {
        byte[] tooLarge = SampleFiles.aPdfOfLength(10 * 1024 * 1024 + 1);
        Document page = page(
                mvc.perform(uploadForm(owner, "scan.pdf", tooLarge, "identity").param("lang", "fr"))
                        .andExpect(status().isPayloadTooLarge()));

        assertThat(page.select(".govuk-error-summary a[href=#file]").text())
                .isEqualTo("Le fichier doit faire 10 Mo au maximum. Choisissez un fichier plus petit,"
                        + " ou scannez ou photographiez de nouveau le document avec une qualité plus basse.");
    }

    @Test
    void aMissingPurposeOrFileIsPointedOut() throws Exception {
        Document noPurpose = page(
                mvc.perform(uploadForm(owner, "a.pdf", SampleFiles.aPdf(), "")).andExpect(status().isBadRequest()));
        assertThat(noPurpose.select(".govuk-error-summary a[href=#purpose]")).hasSize(1);
        assertThat(noPurpose.select(".govuk-form-group--error #purpose")).hasSize(1);

        // What a browser sends when no file was chosen: an empty part without a name.
        Document noFile =
                page(mvc.perform(uploadForm(owner, "", new byte[0], "identity")).andExpect(status().isBadRequest()));
        assertThat(noFile.select(".govuk-error-summary a[href=#file]").text())
                .isEqualTo("Choose the file you want to upload.");
    }

    @Test
    void aHostileFileNameIsRefusedAndItsTextIsNeverRenderedAsMarkup() throws Exception {
        Document page =
                page(mvc.perform(uploadForm(owner, "<script>alert(1)</script>.pdf", SampleFiles.aPdf(), "other"))
                        .andExpect(status().isBadRequest()));

        assertThat(page.select(".govuk-error-summary a[href=#file]").text()).contains("cannot be used");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
    }

    @Test
    void yourDocumentDownloadsAsAnAttachmentAndNobodyElsesDoes() throws Exception {
        DocumentId id = uploaded(owner, "contract.pdf");

        mvc.perform(get("/documents/{id}/download", id).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(
                        header().string("Content-Disposition", containsString("attachment; filename=\"contract.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/documents/{id}/download", id)
                        .with(as(UUID.randomUUID()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/download", "../../etc/passwd")
                        .with(as(owner))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void deletingAsksForConfirmationThenRemovesTheDocument() throws Exception {
        DocumentId id = uploaded(owner, "old-payslip.pdf");

        Document confirm = page(
                mvc.perform(get("/documents/{id}/delete", id).with(as(owner))).andExpect(status().isOk()));
        assertThat(confirm.select("h1")).hasSize(1);
        assertThat(confirm.select(".govuk-summary-list").text()).contains("old-payslip.pdf");
        assertThat(confirm.select("form[method=post] button.govuk-button--warning"))
                .hasSize(1);

        mvc.perform(get("/documents/{id}/delete", id)
                        .with(as(UUID.randomUUID()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/documents/{id}/delete", id)
                        .with(as(UUID.randomUUID()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/documents/{id}/delete", id).with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/documents"))
                .andExpect(flash().attribute("deleted", true));
        assertThat(((FileSystemDocumentStorage) storage).pathOf(id.toString())).doesNotExist();
        mvc.perform(get("/documents/{id}/download", id).with(as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void theArabicPageIsRightToLeft() throws Exception {
        Document page = page(mvc.perform(get("/documents").param("lang", "ar").with(as(owner)))
                .andExpect(status().isOk()));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("h1").text()).isEqualTo("مستنداتك");
        assertThat(page.select("#file-hint").text()).contains("١٠ ميغابايت");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder uploadForm(
            UUID account, String name, byte[] bytes, String purpose) {
        var request = multipart("/documents");
        request.file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("purpose", purpose)
                .with(as(account))
                .with(csrf());
        return request;
    }

    private DocumentId uploaded(UUID account, String name) {
        return documents
                .upload(
                        new Requester(account, Set.of("APPLICANT")),
                        DocumentPurpose.EDUCATION,
                        name,
                        new ByteArrayInputStream(SampleFiles.aPdf()))
                .id();
    }

    private static RequestPostProcessor as(UUID account) {
        return user(account.toString()).roles("APPLICANT");
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
