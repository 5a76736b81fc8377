package org.openpathways.platform.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reads API request bodies into memory up to the configured limit, refusing larger ones with 413 before a controller or
 * JSON parser sees them (whether or not the client declared a length); and holds back the response of a request that
 * carries an {@code Idempotency-Key}, so that it can be stored, and replaced by a problem if storing fails, before any
 * of it is sent. Multipart uploads and form posts are left to the servlet container's own limits.
 */
class ApiRequestBuffering extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final long maxBodySize;
    private final ProblemResponses problems;

    ApiRequestBuffering(ApiProperties properties, ProblemResponses problems) {
        this.maxBodySize = properties.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest buffered = request;
        if (hasBufferableBody(request)) {
            byte[] body = request.getContentLengthLong() > maxBodySize ? null : readAtMost(request.getInputStream());
            if (body == null) {
                problems.write(
                        response,
                        problems.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.CONTENT_TOO_LARGE, request));
                return;
            }
            buffered = new BufferedBodyRequest(request, body);
        }
        if (HttpMethod.POST.matches(request.getMethod()) && request.getHeader(IDEMPOTENCY_KEY) != null) {
            ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(buffered, held);
            } finally {
                held.copyBodyToResponse();
            }
        } else {
            chain.doFilter(buffered, response);
        }
    }

    private static boolean hasBufferableBody(HttpServletRequest request) {
        boolean body = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return body && !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
    }

    /** The whole body, or {@code null} when it is longer than the limit. */
    private byte @Nullable [] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
        return body.length > maxBodySize ? null : body;
    }
}
