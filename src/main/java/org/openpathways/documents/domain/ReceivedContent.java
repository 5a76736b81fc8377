package org.openpathways.documents.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload's bytes and their SHA-256, read from the stream with the size limit enforced while reading: a sender's
 * {@code Content-Length} or declared size is never trusted, and reading stops one byte past the limit.
 */
public record ReceivedContent(byte[] bytes, String sha256) {

    private static final int BUFFER = 64 * 1024;

    /**
     * @throws ContentTooLarge when the stream holds more than {@code maxBytes}
     * @throws IOException when the stream breaks off
     */
    public static ReceivedContent read(InputStream in, long maxBytes) throws IOException {
        MessageDigest digest = sha256Digest();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, BUFFER));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
            total += read;
            if (total > maxBytes) {
                throw new ContentTooLarge(maxBytes);
            }
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new ReceivedContent(out.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    public static String sha256Of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    public boolean empty() {
        return bytes.length == 0;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
