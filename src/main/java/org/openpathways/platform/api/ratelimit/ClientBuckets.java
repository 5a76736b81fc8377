package org.openpathways.platform.api.ratelimit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The buckets of the clients seen recently, never more than a fixed number: when full, buckets that have refilled
 * completely are dropped first (they carry no information), then the least recently used ones.
 */
final class ClientBuckets {

    private final int maxClients;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, TokenBucket> buckets = new LinkedHashMap<>(256, 0.75f, true);

    ClientBuckets(int maxClients, LongSupplier nanoClock) {
        this.maxClients = Math.max(1, maxClients);
        this.nanoClock = nanoClock;
    }

    /** Takes a token for the client; returns 0, or the nanoseconds to wait. */
    long take(String client, int capacity, long periodNanos) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket;
        synchronized (buckets) {
            bucket = buckets.get(client);
            if (bucket == null) {
                if (buckets.size() >= maxClients) {
                    makeRoom(now);
                }
                bucket = new TokenBucket(capacity, periodNanos, now);
                buckets.put(client, bucket);
            }
        }
        return bucket.take(now);
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private void makeRoom(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        Iterator<Map.Entry<String, TokenBucket>> eldest = buckets.entrySet().iterator();
        while (buckets.size() >= maxClients && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
