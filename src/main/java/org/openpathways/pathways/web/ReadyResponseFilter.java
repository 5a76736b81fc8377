package org.openpathways.pathways.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the public catalogue API's ready responses without running the rest of the request pipeline, so that a cached
 * answer costs little more than writing its bytes.
 *
 * <p>It stands just before the security filter chain and only answers a plain GET of {@code /api/v1/pathways} or
 * {@code /api/v1/pathways/{code}} (see {@link ResponseKeys#of}) whose response is already in {@link ReadyResponses}.
 * Everything else, including every first request, goes through the whole application, which builds and caches the
 * response. Those paths are public (see {@link PathwayRequestAuthorizations}), so skipping authorisation gives nobody
 * anything they could not have.
 *
 * <p>The response headers the pipeline adds to every response (the security headers) are taken from the first response
 * it produced, separately for secure and plain requests, and added to every response sent here; a test checks that both
 * ways give the same headers.
 */
class ReadyResponseFilter extends OncePerRequestFilter {

    /** Headers that belong to one response, or that this filter sets itself. */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "content-type",
            "content-encoding",
            "content-language",
            "etag",
            "cache-control",
            "vary",
            "expires",
            "pragma",
            "last-modified");

    private final ReadyResponses responses;
    private final Map<Boolean, List<Map.Entry<String, String>>> pipelineHeaders = new ConcurrentHashMap<>();

    ReadyResponseFilter(ReadyResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object key = ResponseKeys.of(request);
        List<Map.Entry<String, String>> common = key == null ? null : pipelineHeaders.get(request.isSecure());
        ReadyResponse ready = common == null ? null : responses.peek(key);
        if (ready == null) {
            chain.doFilter(request, response);
            if (key != null && response.getStatus() == HttpStatus.OK.value()) {
                pipelineHeaders.computeIfAbsent(request.isSecure(), secure -> headersOf(response));
            }
            return;
        }
        Delivery delivery = Delivery.of(ready, request);
        response.setStatus(delivery.status().value());
        common.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        delivery.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        byte[] body = delivery.body();
        if (body != null) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return List.copyOf(headers);
    }
}
