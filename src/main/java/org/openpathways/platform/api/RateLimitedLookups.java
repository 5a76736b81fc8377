package org.openpathways.platform.api;

import java.util.List;

/**
 * Public GET paths that look something up by a value the caller chooses (a permit number, a certificate code) and so
 * could be used to guess values one after another. A module declares them as a bean; the rate limiter then counts
 * requests to them per client address under {@code openpathways.rate-limit.lookup}.
 */
@FunctionalInterface
public interface RateLimitedLookups {

    /** Ant-style patterns of the paths, e.g. {@code /api/v1/permits/*}{@code /verification}. */
    List<String> pathPatterns();
}
