package org.openpathways.documents.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.documents.DocumentList;
import org.openpathways.documents.DocumentMetadata;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.documents.UploadRefused;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** What the documents page shows: the person's documents as table rows, the purposes and the upload limits. */
@Component
class DocumentListView {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    private final Documents documents;
    private final MessageSource messages;

    DocumentListView(Documents documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    void fill(Model model, Requester requester, int page, Locale locale) {
        DocumentList list = documents.listOwn(requester, page, DocumentPages.PAGE_SIZE);
        if (list.items().isEmpty() && page > 0) {
            list = documents.listOwn(requester, 0, DocumentPages.PAGE_SIZE);
        }
        model.addAttribute(
                "documents",
                list.items().stream().map(item -> row(item, locale)).toList());
        model.addAttribute("pagination", list);
        model.addAttribute("purposes", List.of(DocumentPurpose.values()));
        model.addAttribute("maxSizeMb", UploadRefused.megabytes(documents.maxSize()));
    }

    Row row(DocumentMetadata document, Locale locale) {
        return new Row(
                document.id().toString(),
                document.originalName(),
                "documents.purpose." + document.purpose().code(),
                "documents.type." + document.type().extension(),
                size(document.size(), locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(document.uploadedAt().atZone(ZoneOffset.UTC)));
    }

    /** A form sent without a file: no part at all, or the empty part browsers send when nothing was chosen. */
    static boolean noFileChosen(@Nullable MultipartFile file) {
        return file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()));
    }

    private String size(long bytes, Locale locale) {
        if (bytes >= MEGABYTE) {
            return messages.getMessage("documents.size.megabytes", new Object[] {bytes / (double) MEGABYTE}, locale);
        }
        long kilobytes = Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE);
        return messages.getMessage("documents.size.kilobytes", new Object[] {kilobytes}, locale);
    }

    /** One document as a row of the table; the labels are message keys. */
    record Row(String id, String name, String purposeLabel, String typeLabel, String size, String uploaded) {}
}
