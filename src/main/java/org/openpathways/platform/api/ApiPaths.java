package org.openpathways.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Where the JSON API lives, so that errors there are answered as problem details rather than pages. */
public final class ApiPaths {

    public static final String PREFIX = "/api/";

    private ApiPaths() {}

    /**
     * Whether the request is addressed to the API. During the container's error dispatch to {@code /error} this looks
     * at the path originally requested, so that an error raised in a filter in front of an API path is still answered as
     * problem details.
     */
    public static boolean isApi(HttpServletRequest request) {
        return originalPath(request).startsWith(PREFIX);
    }

    /** The path the client asked for, without the context path: the original one during an error dispatch. */
    public static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String originalUri ? originalUri : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
