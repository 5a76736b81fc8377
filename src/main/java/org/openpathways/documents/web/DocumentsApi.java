package org.openpathways.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.DocumentMetadata;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.UploadRefused;
import org.openpathways.platform.api.Idempotent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(DocumentsApi.PATH)
@Tag(name = "Documents", description = "Upload your documents and get them back; staff read them only when allowed")
class DocumentsApi {

    static final String PATH = "/api/v1/documents";
    private static final String PROBLEM = "application/problem+json";

    private final Documents documents;

    DocumentsApi(Documents documents) {
        this.documents = documents;
    }

    @Idempotent
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Upload a document",
            description = "Accepts PDF, PNG, JPEG and WebP files, recognised by their content, up to the maximum size"
                    + " (10 MB unless configured otherwise). The file name is kept as a label only.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new document")
    @ApiResponse(
            responseCode = "400",
            description = "No file, an empty file, a file name that is not allowed, or no" + " valid purpose",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "413",
            description = "Larger than the maximum size",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "415",
            description = "Not a PDF, PNG, JPEG or WebP file",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<DocumentJson> upload(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @Parameter(
                            description = "What the document is for",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "identity",
                                                "civil-status",
                                                "education",
                                                "employment",
                                                "financial",
                                                "health",
                                                "evidence",
                                                "other"
                                            }))
                    @RequestParam(name = "purpose", required = false)
                    @Nullable
                    String purpose,
            Authentication authentication)
            throws IOException {
        DocumentPurpose chosen =
                DocumentPurpose.ofCode(purpose == null ? "" : purpose).orElseThrow(UploadRefused::badPurpose);
        if (DocumentListView.noFileChosen(file)) {
            throw UploadRefused.badFile("documents.file-missing");
        }
        DocumentMetadata stored;
        try (InputStream content = file.getInputStream()) {
            stored = documents.upload(Requesters.of(authentication), chosen, file.getOriginalFilename(), content);
        }
        return ResponseEntity.created(URI.create(PATH + "/" + stored.id())).body(DocumentJson.of(stored));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List your documents", description = "Newest first, a page at a time.")
    @ApiResponse(responseCode = "200", description = "A page of your documents")
    @ApiResponse(
            responseCode = "400",
            description = "Page or size out of range",
            content = @Content(mediaType = PROBLEM))
    DocumentListJson list(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Documents per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
            Authentication authentication) {
        return DocumentListJson.of(documents.listOwn(Requesters.of(authentication), page, size));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Describe a document")
    @ApiResponse(responseCode = "200", description = "The document's metadata")
    @ApiResponse(
            responseCode = "404",
            description = "No such document, or not yours to see",
            content = @Content(mediaType = PROBLEM))
    DocumentJson metadata(
            @PathVariable String id,
            @Parameter(description = "Why you read it; staff name the purpose their access is granted for")
                    @RequestParam(defaultValue = Documents.SELF_SERVICE)
                    String purpose,
            Authentication authentication) {
        return DocumentJson.of(documents.metadata(Requesters.documentId(id), Requesters.of(authentication), purpose));
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "Download a document", description = "Always as an attachment, with the type found at upload.")
    @ApiResponse(
            responseCode = "200",
            description = "The document's content",
            content = {
                @Content(mediaType = "application/pdf"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/webp")
            })
    @ApiResponse(
            responseCode = "404",
            description = "No such document, or not yours to see",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> content(
            @PathVariable String id,
            @Parameter(description = "Why you read it; staff name the purpose their access is granted for")
                    @RequestParam(defaultValue = Documents.SELF_SERVICE)
                    String purpose,
            Authentication authentication) {
        return Downloads.of(documents.open(Requesters.documentId(id), Requesters.of(authentication), purpose));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete one of your documents",
            description = "Its content is removed and cannot be recovered.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "404",
            description = "No such document of yours",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(
            responseCode = "409",
            description = "An application or case still needs it",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> delete(@PathVariable String id, Authentication authentication) {
        documents.delete(Requesters.documentId(id), Requesters.of(authentication));
        return ResponseEntity.noContent().build();
    }
}
