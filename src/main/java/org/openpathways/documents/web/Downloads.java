package org.openpathways.documents.web;

import java.nio.charset.StandardCharsets;
import org.openpathways.documents.DocumentContent;
import org.openpathways.documents.DocumentMetadata;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a document leaves the service, the same through both doors: always as an attachment (never shown inside the
 * site, where a crafted file could act as a page), with the type decided at upload, no type sniffing and no caching.
 */
final class Downloads {

    private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

    private Downloads() {}

    static ResponseEntity<byte[]> of(DocumentContent content) {
        DocumentMetadata document = content.metadata();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type().mediaType()))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content.bytes());
    }

    /**
     * An RFC 6266 {@code attachment} with the name twice: {@code filename*} in UTF-8 (RFC 8187) for every browser
     * today, and a plain ASCII {@code filename} for old clients.
     */
    static String attachment(DocumentMetadata document) {
        String name = document.downloadName();
        return "attachment; filename=\"" + asciiFallback(name, document) + "\"; filename*=UTF-8''" + encoded(name);
    }

    private static String asciiFallback(String name, DocumentMetadata document) {
        boolean plain = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%');
        return plain ? name : "document." + document.type().extension();
    }

    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTRIBUTE_CHARACTERS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
