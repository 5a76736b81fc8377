package org.openpathways.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Responses for versioned records: the version as the {@code ETag}, and 304 for a client that already has it. */
public final class Versioned {

    private Versioned() {}

    /**
     * 200 with the record and its {@code ETag}; 304 without a body when the request's {@code If-None-Match} names the
     * current version (or {@code *}).
     */
    public static <T> ResponseEntity<T> ok(HttpServletRequest request, long version, T body) {
        EntityTag current = EntityTag.ofVersion(version);
        for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
            if (EntityTag.parseList(header).stream().anyMatch(tag -> tag.isAny() || tag.weakMatch(current))) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                        .eTag(current.toString())
                        .build();
            }
        }
        return ResponseEntity.ok().eTag(current.toString()).body(body);
    }

    /** 201 with the new record, where it lives, and its {@code ETag}. */
    public static <T> ResponseEntity<T> created(URI location, long version, T body) {
        return ResponseEntity.created(location)
                .eTag(EntityTag.ofVersion(version).toString())
                .body(body);
    }

    /** The {@code ETag} value of a version, for responses built otherwise. */
    public static String eTag(long version) {
        return EntityTag.ofVersion(version).toString();
    }
}
