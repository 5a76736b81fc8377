/**
 * Test-only endpoints under {@code /api/test/} that exercise the API conventions before real modules use them: a small
 * versioned, paged, idempotently created "note" resource, and endpoints that fail in each of the ways the problem
 * handler must answer.
 */
@NullMarked
package org.openpathways.platform.api.probe;

import org.jspecify.annotations.NullMarked;
