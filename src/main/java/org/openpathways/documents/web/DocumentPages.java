package org.openpathways.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.documents.UploadRefused;
import org.openpathways.platform.api.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Your documents" pages: the list, the upload form, downloads and deletion with a confirmation step. */
@Controller
@RequestMapping("/documents")
class DocumentPages {

    static final int PAGE_SIZE = 20;

    private final Documents documents;
    private final DocumentListView views;
    private final MessageSource messages;

    DocumentPages(Documents documents, DocumentListView views, MessageSource messages) {
        this.documents = documents;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(name = "page", required = false) @Nullable String page,
            Authentication authentication,
            Model model,
            Locale locale) {
        views.fill(model, Requesters.of(authentication), pageNumber(page), locale);
        return "documents/list";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "purpose", required = false) @Nullable String purpose,
            Authentication authentication,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Requester requester = Requesters.of(authentication);
        try {
            DocumentPurpose chosen =
                    DocumentPurpose.ofCode(purpose == null ? "" : purpose).orElseThrow(UploadRefused::badPurpose);
            if (DocumentListView.noFileChosen(file)) {
                throw UploadRefused.badFile("documents.file-missing");
            }
            try (InputStream content = file.getInputStream()) {
                documents.upload(requester, chosen, file.getOriginalFilename(), content);
            }
        } catch (UploadRefused refused) {
            response.setStatus(refused.getStatusCode().value());
            model.addAttribute("error", FormError.of(refused, messages, locale));
            model.addAttribute("selectedPurpose", purpose);
            views.fill(model, requester, 0, locale);
            return "documents/list";
        }
        redirect.addFlashAttribute("uploaded", true);
        return "redirect:/documents";
    }

    @GetMapping("/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable String id, Authentication authentication) {
        return Downloads.of(
                documents.open(Requesters.documentId(id), Requesters.of(authentication), Documents.SELF_SERVICE));
    }

    @GetMapping("/{id}/delete")
    String confirmDeletion(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        var document =
                documents.metadata(Requesters.documentId(id), Requesters.of(authentication), Documents.SELF_SERVICE);
        if (!document.ownedBy(Requesters.of(authentication))) {
            throw ProblemException.notFound("documents.not-found");
        }
        model.addAttribute("document", views.row(document, locale));
        return "documents/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        documents.delete(Requesters.documentId(id), Requesters.of(authentication));
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/documents";
    }

    /**
     * Refusals outside the upload form (a document that is not the visitor's, one still needed by a case) end on the
     * shared, translated error page rather than as problem details.
     */
    @ExceptionHandler(ProblemException.class)
    void refused(ProblemException problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.getStatusCode().value());
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page);
    }
}
