package org.policymonitor.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most a fixed number of entries and drops the least recently used (read or written) one to make
 * room. Not thread-safe, like {@link LinkedHashMap}: callers synchronise, as they do around the state it sits beside.
 */
public final class LruMaps {

    private LruMaps() {
    }

    /** An empty map of at most {@code maxEntries} entries, least recently used out. */
    public static <K, V> Map<K, V> bounded(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }
}
