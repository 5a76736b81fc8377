package org.openpathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as the one translated error page, with a message for the statuses a visitor can meet and a
 * general one for the rest. Nothing about the failure's cause reaches the page.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 429);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        page.put("code", EXPLAINED.contains(status.value()) ? status.value() : 500);
        return new ModelAndView("error", page, status);
    }
}
