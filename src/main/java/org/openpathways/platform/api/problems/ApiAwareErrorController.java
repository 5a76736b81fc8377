package org.openpathways.platform.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.ProblemTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container forwards errors that happened outside a controller (in a filter, the firewall, the
 * multipart parser): problem details when the original path was under {@code /api/}, whatever the client accepts;
 * otherwise the translated error page for browsers and problem details for other clients. Replaces Spring Boot's
 * {@code BasicErrorController}, whose JSON is neither problem details nor translated.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${spring.web.error.path:/error}")
class ApiAwareErrorController extends AbstractErrorController {

    private final ProblemResponses problems;

    ApiAwareErrorController(
            ErrorAttributes errorAttributes,
            ObjectProvider<ErrorViewResolver> viewResolvers,
            ProblemResponses problems) {
        super(errorAttributes, viewResolvers.orderedStream().toList());
        this.problems = problems;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Nullable
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = getStatus(request);
        if (ApiPaths.isApi(request)) {
            problems.write(response, problems.problem(status, ProblemTypes.forStatus(status), request));
            return null;
        }
        response.setStatus(status.value());
        ModelAndView page = resolveErrorView(request, response, status, Map.of());
        return page != null ? page : new ModelAndView("error", Map.of("status", status.value(), "code", 500), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        return problems.entity(problems.problem(status, ProblemTypes.forStatus(status), request), HttpHeaders.EMPTY);
    }
}
