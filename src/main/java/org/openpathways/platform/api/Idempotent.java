package org.openpathways.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST handler under {@code /api/} whose requests may carry an {@code Idempotency-Key} header (1 to 255
 * printable ASCII characters, chosen by the client, best a random UUID). The first request with a key is carried out
 * and its successful response stored, in the same transaction as the change; a retry with the same key and the same
 * method, path and body gets the stored response back (with {@code Idempotent-Replayed: true}) without being carried out
 * again. The same key with a different request is refused with 422, and a retry that arrives while the first is still
 * running with 409. Keys are per caller (the signed-in account, or all anonymous callers together) and kept for
 * {@code openpathways.api.idempotency.retention}.
 *
 * <p>The handler runs inside a transaction that the facade's {@code @Transactional} methods join; a refusal or failure
 * (any status other than 2xx) rolls it back and keeps nothing, so the client may correct the request and send it again
 * with the same key. The handler must answer synchronously.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

    /** Whether a request without the header is refused with 400 instead of being carried out unprotected. */
    boolean required() default false;
}
