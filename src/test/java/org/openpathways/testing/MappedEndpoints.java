package org.openpathways.testing;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint the application maps through Spring MVC's {@link RequestMappingHandlerMapping}, one per method and
 * path pattern, found at run time so that the harnesses cover endpoints that later modules add without being edited.
 */
public final class MappedEndpoints {

    private MappedEndpoints() {}

    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", pattern, entry.getValue(), info));
                } else {
                    methods.forEach(
                            method -> endpoints.add(new Endpoint(method.name(), pattern, entry.getValue(), info)));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    /**
     * @param method the HTTP method (GET for mappings that accept any method)
     * @param pattern the path pattern, e.g. {@code /api/v1/pathways/{code}}
     */
    public record Endpoint(String method, String pattern, HandlerMethod handler, RequestMappingInfo info) {

        public boolean matches(String method, String path) {
            int query = path.indexOf('?');
            String withoutQuery = query < 0 ? path : path.substring(0, query);
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            return this.method.equals(method) && parsed.matches(PathContainer.parsePath(withoutQuery));
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        /** Test-only endpoints (probes compiled from src/test) are not part of the product. */
        public boolean isTestOnly() {
            URL location =
                    handler.getBeanType().getProtectionDomain().getCodeSource().getLocation();
            return location != null && location.getPath().contains("/test-classes/");
        }

        /** The container's error dispatch target, which no client calls directly. */
        public boolean isErrorDispatch() {
            return ErrorController.class.isAssignableFrom(handler.getBeanType());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
