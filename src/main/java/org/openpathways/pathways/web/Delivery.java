package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * How a ready response is sent to one request: 304 when the client already has it, gzip when the client accepts it,
 * and the caching headers every catalogue response carries.
 */
record Delivery(HttpStatus status, HttpHeaders headers, byte @Nullable [] body) {

    static final String CACHE_CONTROL = "public, max-age=60";
    static final String VARY = "Accept-Language, Accept-Encoding";

    static Delivery of(ReadyResponse response, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = acceptEncoding != null && acceptsGzip(acceptEncoding);
        var headers = new HttpHeaders();
        headers.setETag(gzip ? response.gzippedEtag() : response.etag());
        headers.setCacheControl(CACHE_CONTROL);
        headers.set(HttpHeaders.VARY, VARY);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, response.language().code());
        if (ifNoneMatch != null && response.matches(ifNoneMatch)) {
            return new Delivery(HttpStatus.NOT_MODIFIED, headers, null);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            return new Delivery(HttpStatus.OK, headers, response.gzipped());
        }
        return new Delivery(HttpStatus.OK, headers, response.body());
    }

    /** Whether the client accepts gzip; an explicit {@code gzip;q=0} refuses it. */
    static boolean acceptsGzip(String acceptEncoding) {
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
