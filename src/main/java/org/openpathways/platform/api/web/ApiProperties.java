package org.openpathways.platform.api.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the JSON API.
 *
 * @param maxBodySize the largest request body (other than multipart uploads, which have their own limit) that an API
 *     endpoint reads; larger ones are refused with 413 before any of it reaches a controller
 * @param idempotency how responses to requests with an {@code Idempotency-Key} are kept
 */
@ConfigurationProperties("openpathways.api")
public record ApiProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue Idempotency idempotency) {

    /**
     * @param retention how long a response is kept for replay
     * @param concurrentWait how long a request waits for a concurrent one with the same key to finish before it is
     *     refused with 409
     * @param cleanupInterval how often expired responses are deleted
     */
    public record Idempotency(
            @DefaultValue("24h") Duration retention,
            @DefaultValue("200ms") Duration concurrentWait,
            @DefaultValue("1h") Duration cleanupInterval) {}
}
