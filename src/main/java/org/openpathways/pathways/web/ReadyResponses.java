package org.openpathways.pathways.web;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.PathwayChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public catalogue API's responses, ready to send, per query and language. The catalogue is public and read far
 * more often than it changes, so a response is built from the database once and then served from memory until the
 * catalogue changes.
 *
 * <p><b>Invalidation.</b> Every change to the catalogue goes through the facade, which announces it with
 * {@link PathwayChanged} after the change commits; this instance then drops every response at once (the catalogue is
 * small, and working out which pages a change touches is not worth the risk of missing one). A response built from a
 * read that started before the eviction is never served: each entry remembers the generation it was built in.
 *
 * <p><b>Several instances.</b> The event reaches only the instance that made the change (unless events are published
 * externally). Each entry therefore also expires after {@code openpathways.pathways.cache.time-to-live} (30 s by
 * default), which bounds how long another instance can serve a catalogue that changed elsewhere. HTTP caches are told
 * {@code max-age=60}, so clients may see a change up to that much later in any case.
 */
@Component
class ReadyResponses {

    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLiveNanos;
    private final int maxEntries;

    ReadyResponses(CatalogueCacheProperties properties) {
        this.timeToLiveNanos = properties.timeToLive().toNanos();
        this.maxEntries = properties.maxEntries();
    }

    /**
     * The ready response for this key, built with {@code build} when there is none (or it expired).
     *
     * @param key identifies the query and language; must have value equality
     * @param build reads and serialises the response; empty when there is nothing to send (not cached)
     */
    Optional<ReadyResponse> get(Object key, Supplier<Optional<ReadyResponse>> build) {
        long current = generation.get();
        ReadyResponse ready = peek(key);
        if (ready != null) {
            return Optional.of(ready);
        }
        long now = System.nanoTime();
        Optional<ReadyResponse> built = build.get();
        built.ifPresent(response -> keep(key, new Entry(response, current, now)));
        return built;
    }

    /** The ready response for this key if there is a live one; never builds one. */
    @Nullable
    ReadyResponse peek(Object key) {
        Entry entry = entries.get(key);
        if (entry != null
                && entry.generation == generation.get()
                && System.nanoTime() - entry.builtAt < timeToLiveNanos) {
            return entry.response;
        }
        return null;
    }

    @TransactionalEventListener
    void on(PathwayChanged change) {
        evictAll();
    }

    void evictAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private void keep(Object key, Entry entry) {
        if (entries.size() >= maxEntries) {
            long now = System.nanoTime();
            entries.values()
                    .removeIf(old -> old.generation != generation.get() || now - old.builtAt >= timeToLiveNanos);
            if (entries.size() >= maxEntries) {
                // Full of live entries: serve this one uncached rather than let odd queries push out common ones.
                return;
            }
        }
        if (entry.generation == generation.get()) {
            entries.put(key, entry);
        }
    }

    private record Entry(ReadyResponse response, long generation, long builtAt) {}
}
