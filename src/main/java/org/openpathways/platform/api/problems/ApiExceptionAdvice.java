package org.openpathways.platform.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.openpathways.platform.api.ApiPaths;
import org.openpathways.platform.api.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers every exception raised while handling an API request as problem details. Requests for pages are left alone
 * (rethrown), so they keep the translated error page; so are security exceptions, which the security filters turn into
 * 401 or 403. Ordered last, so that a module's own advice for its controllers is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    private final ExceptionProblems problems;
    private final ProblemResponses responses;

    ApiExceptionAdvice(ExceptionProblems problems, ProblemResponses responses) {
        this.problems = problems;
        this.responses = responses;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> answer(Exception exception, HttpServletRequest request) throws Exception {
        if (!ApiPaths.isApi(request) || handledElsewhere(exception)) {
            throw exception;
        }
        ExceptionProblems.Answer answer = problems.answer(exception, request);
        if (answer == null || answer.problem().getStatus() >= 500) {
            answer = answer == null ? problems.unexpected(request) : answer;
            String incident = UUID.randomUUID().toString();
            answer.problem().setProperty("incident", incident);
            log.error(
                    "Request failed: incident {} on {} {}",
                    incident,
                    request.getMethod(),
                    mappedPath(request),
                    ScrubbedFailure.of(exception));
        } else if (answer.warn()) {
            log.warn(
                    "Request refused by the database rather than by validation: {} on {} {}",
                    answer.problem().getType(),
                    request.getMethod(),
                    mappedPath(request),
                    ScrubbedFailure.of(exception));
        } else if (log.isDebugEnabled()) {
            log.debug(
                    "Request refused with {} on {} {}",
                    answer.problem().getType(),
                    request.getMethod(),
                    mappedPath(request));
        }
        return responses.entity(answer.problem(), answer.headers());
    }

    private static boolean handledElsewhere(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationException
                    || cause instanceof AsyncRequestNotUsableException) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    /** The mapping's pattern ({@code /api/v1/applications/{reference}}): the actual path may hold personal data. */
    private static String mappedPath(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "(no mapping)" : pattern.toString();
    }
}
