package org.openpathways.platform.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.FieldProblem;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.ProblemTypes;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Which problem an exception is: its status, its type, the fields in error and the headers the status calls for
 * ({@code Allow} with 405, {@code Accept} with 415...). Knows nothing of the cause's message, which never reaches the
 * caller.
 */
@Component
class ExceptionProblems {

    static final String ERRORS = "errors";

    private final ProblemResponses responses;
    private final FieldProblems fields;

    ExceptionProblems(ProblemResponses responses, FieldProblems fields) {
        this.responses = responses;
        this.fields = fields;
    }

    /** The problem an exception stands for, or {@code null} when it is unexpected (a fault of this service). */
    @Nullable
    Answer answer(Exception exception, HttpServletRequest request) {
        Locale locale = responses.locale(request);
        if (exception instanceof ProblemException refusal) {
            return refusal(refusal, request);
        }
        if (exception instanceof BindException binding) {
            return invalid(request, fields.of(binding.getBindingResult(), locale));
        }
        if (exception instanceof MethodValidationResult validation && !validation.isForReturnValue()) {
            return invalid(request, fields.of(validation, locale));
        }
        if (exception instanceof ConstraintViolationException violations) {
            return invalid(request, fields.of(violations));
        }
        if (exception instanceof TypeMismatchException mismatch) {
            return invalid(request, List.of(fields.wrongFormat(name(mismatch), locale)));
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return invalid(request, List.of(fields.required(missing.getParameterName(), locale)));
        }
        if (exception instanceof MissingRequestHeaderException missing) {
            return invalid(request, List.of(fields.required(missing.getHeaderName(), locale)));
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return invalid(request, List.of(fields.required(missing.getRequestPartName(), locale)));
        }
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            ProblemDetail problem = responses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.UNREADABLE_BODY, request);
            problem.setProperty(ERRORS, fields.of(unreadable, locale));
            return new Answer(problem, HttpHeaders.EMPTY);
        }
        if (exception instanceof DuplicateKeyException) {
            return plain(HttpStatus.CONFLICT, ProblemTypes.ALREADY_EXISTS, request);
        }
        if (exception instanceof DataIntegrityViolationException integrity) {
            // The database refused a value the endpoint should have validated: the caller's data is at fault, but the
            // missing validation is worth a warning.
            Answer answer = isDataException(integrity)
                    ? invalid(request, List.of())
                    : plain(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, request);
            return answer.worthAWarning();
        }
        if (exception instanceof ConcurrencyFailureException) {
            // Optimistic-lock failures, and serialisation failures or deadlocks that lost to a concurrent change.
            return plain(HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, request);
        }
        if (exception instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return new Answer(
                    responses.problem(status, ProblemTypes.forStatus(status), request), response.getHeaders());
        }
        if (exception instanceof MultipartException) {
            return plain(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, request);
        }
        return null;
    }

    Answer unexpected(HttpServletRequest request) {
        return plain(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, request);
    }

    private Answer refusal(ProblemException refusal, HttpServletRequest request) {
        ProblemDetail problem = responses.problem(
                refusal.getStatusCode(), refusal.type(), request, refusal.getDetailMessageArguments());
        Map<String, Object> members = refusal.getBody().getProperties();
        if (members != null) {
            members.forEach(problem::setProperty);
        }
        return new Answer(problem, refusal.getHeaders());
    }

    private Answer invalid(HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail problem = responses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, request);
        problem.setProperty(ERRORS, errors);
        return new Answer(problem, HttpHeaders.EMPTY);
    }

    private Answer plain(HttpStatus status, String type, HttpServletRequest request) {
        return new Answer(responses.problem(status, type, request), HttpHeaders.EMPTY);
    }

    /** SQLSTATE class 22: a value PostgreSQL cannot store (NUL in text, too long, out of range, malformed). */
    private static boolean isDataException(DataIntegrityViolationException integrity) {
        for (Throwable cause = integrity.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().startsWith("22");
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    private static String name(TypeMismatchException mismatch) {
        if (mismatch instanceof MethodArgumentTypeMismatchException argument) {
            return argument.getName();
        }
        return mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
    }

    /**
     * @param warn whether the refusal points at a gap in the service (a value only the database caught) and should be
     *     logged
     */
    record Answer(ProblemDetail problem, HttpHeaders headers, boolean warn) {

        Answer(ProblemDetail problem, HttpHeaders headers) {
            this(problem, headers, false);
        }

        Answer worthAWarning() {
            return new Answer(problem, headers, true);
        }
    }
}
