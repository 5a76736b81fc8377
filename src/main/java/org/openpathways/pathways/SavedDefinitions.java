package org.openpathways.pathways;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Saved versions read back, kept in memory. A saved version is never altered (ADR 0012: saving adds a version,
 * publishing and retiring change only the pathway's status), so a version read once is that version for good, on
 * every instance, and nothing needs invalidating. Keys are the pathway's id, not its code, so that a pathway removed
 * and created again under the same code (only ever done by tests that empty the tables) is read afresh.
 *
 * <p>Reading a version takes five statements and parsing its rules; applications read their pathway's version on
 * every submission and every view of a draft.
 */
@Component
class SavedDefinitions {

    /** Far more than any catalogue holds; past it the cache starts again rather than grow without bound. */
    private static final int MAX_ENTRIES = 2000;

    private final Map<Key, PathwayDefinition> read = new ConcurrentHashMap<>();

    PathwayDefinition get(UUID pathwayId, int version, Supplier<PathwayDefinition> load) {
        Key key = new Key(pathwayId, version);
        PathwayDefinition known = read.get(key);
        if (known != null) {
            return known;
        }
        PathwayDefinition loaded = load.get();
        if (read.size() >= MAX_ENTRIES) {
            read.clear();
        }
        read.put(key, loaded);
        return loaded;
    }

    private record Key(UUID pathwayId, int version) {}
}
