package org.openpathways.documents.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.openpathways.documents.DocumentList;

/** One page of the caller's documents, newest first. */
@Schema(name = "DocumentList")
record DocumentListJson(
        List<DocumentJson> items,
        @Schema(description = "This page's number, from 0") int page,

        @Schema(description = "The largest number of documents on a page")
        int size,

        @Schema(description = "How many documents there are on all pages")
        long totalItems,

        int totalPages) {

    static DocumentListJson of(DocumentList list) {
        return new DocumentListJson(
                list.items().stream().map(DocumentJson::of).toList(),
                list.page(),
                list.size(),
                list.total(),
                list.totalPages());
    }
}
