/**
 * The OpenAPI description served at {@code /api/openapi.json}: the API's conventions (problem details, idempotency
 * keys, conditional requests, pagination) documented once for every endpoint.
 */
@NullMarked
package org.openpathways.platform.api.docs;

import org.jspecify.annotations.NullMarked;
