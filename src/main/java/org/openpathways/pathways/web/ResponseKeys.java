package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.HttpHeaders;

/**
 * What a request to the public catalogue API asks for, as the key of its ready response. The controller and
 * {@link ReadyResponseFilter} derive keys the same way, so that a response the one builds is the one the other finds.
 */
final class ResponseKeys {

    static final String LIST = "/api/v1/pathways";

    private ResponseKeys() {}

    /** One page of the list in one language. */
    record PageKey(CatalogueQuery query, Language language) {}

    /** One pathway in one language. */
    record PathwayKey(String code, Language language) {}

    static CatalogueParameters.Checked query(HttpServletRequest request) {
        String[] categories = request.getParameterValues("category");
        return new CatalogueParameters(
                        categories == null ? null : List.of(categories),
                        request.getParameter("page"),
                        request.getParameter("size"))
                .check();
    }

    static Language language(HttpServletRequest request) {
        return ApiLanguage.of(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The key of a plain GET of the list or of one pathway, or {@code null} for anything else: other methods, other
     * paths, unusable parameters, codes that are not well-formed, encoded or unusual characters in the path. Only the
     * plainest requests are recognised here; the rest take the full path through the application.
     */
    static @Nullable Object of(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(LIST)) {
            CatalogueQuery query = query(request).query();
            return query == null ? null : new PageKey(query, language(request));
        }
        if (path.length() > LIST.length() + 1 && path.startsWith(LIST + "/")) {
            String code = path.substring(LIST.length() + 1);
            boolean wellFormed =
                    code.length() <= PathwayDefinition.MAX_CODE_LENGTH && code.matches(PathwayDefinition.CODE_PATTERN);
            return wellFormed ? new PathwayKey(code, language(request)) : null;
        }
        return null;
    }
}
