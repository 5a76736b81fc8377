package org.openpathways.platform.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that cannot be carried out, told to the caller as RFC 9457 problem details (API) or the translated error
 * page (pages). Its {@code type} names the problem; the texts come from the message bundles, keys
 * {@code problem.<type>.title} and {@code problem.<type>.detail} (the detail may use the arguments).
 *
 * <p>Throw it before changing anything, or from inside the transaction so that the change rolls back.
 */
public class ProblemException extends ErrorResponseException {

    private final String type;

    public ProblemException(HttpStatus status, String type, Object... detailArguments) {
        super(status, problem(status, type), null, "problem." + type + ".detail", detailArguments);
        this.type = type;
    }

    public static ProblemException notFound(String type) {
        return new ProblemException(HttpStatus.NOT_FOUND, type);
    }

    public static ProblemException conflict(String type, Object... arguments) {
        return new ProblemException(HttpStatus.CONFLICT, type, arguments);
    }

    public static ProblemException unprocessable(String type, Object... arguments) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, type, arguments);
    }

    public String type() {
        return type;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem." + type + ".title";
    }

    /** Adds a machine-readable member to the problem details, e.g. the fields in error. */
    public ProblemException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    private static ProblemDetail problem(HttpStatus status, String type) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + type));
        return problem;
    }
}
