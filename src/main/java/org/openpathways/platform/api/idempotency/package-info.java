/**
 * Idempotent creation: requests to {@link org.openpathways.platform.api.Idempotent} handlers that carry an
 * {@code Idempotency-Key} are carried out once per key and caller; retries get the stored response.
 */
@NullMarked
package org.openpathways.platform.api.idempotency;

import org.jspecify.annotations.NullMarked;
