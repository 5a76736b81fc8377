package org.openpathways.documents.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.openpathways.documents.DocumentMetadata;

/** A document as the API describes it. */
@Schema(name = "Document")
record DocumentJson(
        @Schema(description = "The document's id") String id,

        @Schema(description = "The file name it was uploaded with, checked and normalised")
        String name,

        @Schema(description = "What it is for", example = "identity")
        String purpose,

        @Schema(description = "Its type, decided by its content", example = "application/pdf")
        String contentType,

        @Schema(description = "Its length in bytes") long size,

        @Schema(description = "SHA-256 of its content, lower-case hex")
        String sha256,

        @Schema(description = "When it was uploaded") Instant uploadedAt,

        @Schema(description = "Where to download its content")
        String content) {

    static DocumentJson of(DocumentMetadata document) {
        return new DocumentJson(
                document.id().toString(),
                document.originalName(),
                document.purpose().code(),
                document.type().mediaType(),
                document.size(),
                document.sha256(),
                document.uploadedAt(),
                DocumentsApi.PATH + "/" + document.id() + "/content");
    }
}
