package org.openpathways.platform.api.idempotency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The response to the first request with a key, as it is replayed: status, the headers that describe the result, and
 * the body.
 */
record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Headers that belong to the result; the rest (cookies, security headers, dates) are written afresh. */
    static final List<String> KEPT_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.LOCATION,
            HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED,
            HttpHeaders.LINK);

    static StoredResponse of(ContentCachingResponseWrapper response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            List<String> values = new ArrayList<>(response.getHeaders(name));
            if (name.equals(HttpHeaders.CONTENT_TYPE) && values.isEmpty() && response.getContentType() != null) {
                values.add(response.getContentType());
            }
            if (!values.isEmpty()) {
                headers.put(name, List.copyOf(values));
            }
        }
        return new StoredResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }
}
