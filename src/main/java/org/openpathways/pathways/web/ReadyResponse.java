package org.openpathways.pathways.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.openpathways.platform.i18n.Language;

/**
 * A response body serialised once and served many times: the JSON bytes, the same compressed with gzip (so that the
 * server does not compress it again for every request), and the strong entity tags of both.
 */
record ReadyResponse(byte[] body, byte[] gzipped, String etag, String gzippedEtag, Language language) {

    static ReadyResponse of(byte[] body, Language language) {
        String tag = digest(body);
        return new ReadyResponse(body, gzip(body), "\"" + tag + "\"", "\"" + tag + "-gzip\"", language);
    }

    /**
     * Whether an {@code If-None-Match} header names this response, in either encoding. Weak comparison, as RFC 9110
     * prescribes for this header.
     */
    boolean matches(String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals(gzippedEtag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var compressed = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory cannot fail", e);
        }
        return compressed.toByteArray();
    }
}
