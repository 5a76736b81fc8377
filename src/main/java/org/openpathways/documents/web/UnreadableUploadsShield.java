package org.openpathways.documents.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just before the security filters, for uploads only. Tomcat 11 answers any parameter read on a body it cannot
 * parse (too large, malformed) with its own bare error page; the CSRF filter reads the token that way. So the body is
 * parsed here first, and when that fails the request goes on with the parameters of its URL only, where the upload
 * form puts its CSRF token. The security filters then check the sender as usual, and {@link UnreadableUploads} answers
 * with the translated refusal.
 */
class UnreadableUploadsShield extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UnreadableUploads.isUpload(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException unreadable) {
            chain.doFilter(new UrlParametersOnly(request, unreadable), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with only its URL's parameters; asking for its parts repeats why the body could not be read. */
    static final class UrlParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final Exception failure;

        UrlParametersOnly(HttpServletRequest request, Exception failure) {
            super(request);
            this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
            this.failure = failure;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            throw rethrowable();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            throw rethrowable();
        }

        private ServletException rethrowable() {
            return new ServletException("The upload could not be read", failure);
        }

        private static Map<String, String[]> queryParameters(@Nullable String query) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (query == null) {
                return parameters;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                try {
                    String name =
                            URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value =
                            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    parameters.merge(name, new String[] {value}, (old, added) -> {
                        String[] both = java.util.Arrays.copyOf(old, old.length + 1);
                        both[old.length] = added[0];
                        return both;
                    });
                } catch (IllegalArgumentException malformed) {
                    // A parameter that is not properly encoded is left out, as the container would.
                }
            }
            return parameters;
        }
    }
}
