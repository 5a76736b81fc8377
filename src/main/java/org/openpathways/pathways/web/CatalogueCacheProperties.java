package org.openpathways.pathways.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public catalogue API's response cache.
 *
 * @param timeToLive how long a ready response is served before it is built again even without a change being
 *     announced; this bounds how stale an instance can be when another instance changed the catalogue
 * @param maxEntries how many ready responses are kept at most
 */
@ConfigurationProperties("openpathways.pathways.cache")
record CatalogueCacheProperties(
        @DefaultValue("30s") Duration timeToLive,
        @DefaultValue("2000") int maxEntries) {}
