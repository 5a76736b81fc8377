/**
 * Per-client rate limits (token buckets kept in memory, per instance) on the API's changing requests and on the
 * sign-in, registration and password-reset forms, answered with 429 and {@code Retry-After}.
 */
@NullMarked
package org.openpathways.platform.api.ratelimit;

import org.jspecify.annotations.NullMarked;
