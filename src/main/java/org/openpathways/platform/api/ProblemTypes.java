package org.openpathways.platform.api;

import org.springframework.http.HttpStatusCode;

/**
 * The names of the problem types every module shares. Each is the last segment of the problem's {@code type} URI
 * ({@link ProblemResponses#TYPE_BASE}) and names the bundle keys {@code problem.<type>.title} and
 * {@code problem.<type>.detail}. Modules add their own types for refusals of their domain.
 */
public final class ProblemTypes {

    /** 400: parameters or body fields failed validation; the {@code errors} member lists them. */
    public static final String INVALID_REQUEST = "invalid-request";
    /** 400: the body is not well-formed JSON in UTF-8, or a value has the wrong JSON type. */
    public static final String UNREADABLE_BODY = "unreadable-body";
    /** 400: any other malformed request. */
    public static final String BAD_REQUEST = "bad-request";
    /** 400: the {@code Idempotency-Key} header is not 1 to 255 printable ASCII characters. */
    public static final String IDEMPOTENCY_KEY_INVALID = "idempotency-key-invalid";
    /** 400: the endpoint needs an {@code Idempotency-Key} header and none was sent. */
    public static final String IDEMPOTENCY_KEY_MISSING = "idempotency-key-missing";

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";

    /** 409: the state of the resource does not allow the request. */
    public static final String CONFLICT = "conflict";
    /** 409: someone else changed the record between reading and writing it (optimistic locking). */
    public static final String EDIT_CONFLICT = "edit-conflict";
    /** 409: a record with the same unique value already exists. */
    public static final String ALREADY_EXISTS = "already-exists";
    /** 409: a request with the same {@code Idempotency-Key} is still being carried out. */
    public static final String IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency-key-in-progress";

    public static final String GONE = "gone";
    /** 412: the {@code If-Match} header names a version that is no longer current. */
    public static final String PRECONDITION_FAILED = "precondition-failed";
    /** 413: the body is larger than the configured limit. */
    public static final String CONTENT_TOO_LARGE = "content-too-large";

    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    /** 422: a well-formed request that the rules do not allow. */
    public static final String UNPROCESSABLE = "unprocessable";
    /** 422: the {@code Idempotency-Key} was already used for a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    /** 428: the endpoint changes a versioned record and needs an {@code If-Match} header. */
    public static final String PRECONDITION_REQUIRED = "precondition-required";

    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    /** Any other refused request (4xx). */
    public static final String REQUEST_REFUSED = "request-refused";

    public static final String INTERNAL_ERROR = "internal-error";
    public static final String UNAVAILABLE = "unavailable";

    private ProblemTypes() {}

    /** The general type for a status when nothing more precise is known. */
    public static String forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status.is4xxClientError() ? REQUEST_REFUSED : INTERNAL_ERROR;
        };
    }
}
