package org.openpathways.platform.api;

import jakarta.servlet.http.HttpServletRequest;

/** Where the JSON API lives, so that errors there are answered as problem details rather than pages. */
public final class ApiPaths {

    public static final String PREFIX = "/api/";

    private ApiPaths() {}

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX);
    }
}
