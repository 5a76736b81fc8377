/**
 * Conventions of the JSON API under {@code /api/v1}: RFC 9457 problem details for every error, idempotent creation
 * with {@code Idempotency-Key}, pagination, ETags and conditional requests.
 */
@NullMarked
package org.openpathways.platform.api;

import org.jspecify.annotations.NullMarked;
