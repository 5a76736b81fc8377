package org.openpathways.documents.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.openpathways.documents.DocumentType;

/**
 * Tells a document's type from its first bytes (its file signature, or "magic bytes"), the only evidence a sender
 * cannot change without changing the file itself. Anything that is not clearly one of the allowed types is refused,
 * whatever its name says.
 */
public final class FileSignatures {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_HEADER_CHUNK = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] VP8 = ascii("VP8");

    private FileSignatures() {}

    public static Optional<DocumentType> identify(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, 0, PNG) && startsWith(content, PNG.length, PNG_HEADER_CHUNK)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP) && startsWith(content, 12, VP8)) {
            return Optional.of(DocumentType.WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        if (content.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
