package org.openpathways.platform.api.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code capacity} per period; each request
 * takes one. Times are {@link System#nanoTime()} readings.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long periodNanos, long now) {
        this.capacity = Math.max(1, capacity);
        this.tokensPerNano = this.capacity / Math.max(1, periodNanos);
        this.tokens = this.capacity;
        this.updatedAt = now;
    }

    /** Takes a token; returns 0 when one was available, otherwise how many nanoseconds until one will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** A full bucket says nothing about its client: forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            updatedAt = now;
        }
    }
}
