package org.policymonitor.alert.story;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One string per distinct story key among the items one thread prepares. A prepared batch (up to 500 items, ~44 keys
 * each) waits for the storing line and outlives several young collections, so whatever it holds is promoted to the
 * old generation and paid for again by the full collections, which stop the storing line too; most keys (words,
 * concepts, numbers) recur from item to item, and held once they are promoted once. Equal strings either way: only
 * the instances differ. Bounded: forgotten all at once when full (features made before keep their keys).
 * Not thread-safe: one per thread, as the {@code PreparedItem.Preparer} that holds it.
 */
public final class SharedKeys {

    /** Distinct keys held at most: ~0.7 MB with their strings, against ~2 KB of key strings per prepared item. */
    static final int CAPACITY = 8192;

    private final Map<String, String> seen = new HashMap<>();

    /** These keys, each replaced by the equal one seen first, in the collection's own order. */
    List<String> of(Collection<String> keys) {
        String[] out = new String[keys.size()];
        int i = 0;
        for (String k : keys) {
            out[i++] = of(k);
        }
        return Arrays.asList(out);
    }

    /** The equal string seen first (also used for an event's repeated small strings: {@code SharedEventStrings}). */
    public String of(String key) {
        String first = seen.putIfAbsent(key, key);
        if (first != null) {
            return first;
        }
        if (seen.size() > CAPACITY) {
            seen.clear();
        }
        return key;
    }

    int size() {
        return seen.size();
    }
}
