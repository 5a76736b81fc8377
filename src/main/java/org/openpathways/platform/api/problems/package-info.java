/**
 * Turns every error under {@code /api/} into RFC 9457 problem details in the caller's language, including errors the
 * servlet container forwards to {@code /error}, while pages keep their translated error page.
 */
@NullMarked
package org.openpathways.platform.api.problems;

import org.jspecify.annotations.NullMarked;
