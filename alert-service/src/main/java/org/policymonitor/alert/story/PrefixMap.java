package org.policymonitor.alert.story;

import java.util.Map;

/**
 * A read-only map from strings to values that is looked up by a leading part of a word, {@code get(word, length)} =
 * {@code map.get(word.substring(0, length))}, without making the substring. The feature extraction looks up every
 * token's prefixes (the glossary's prefix terms, the lexicon's stems, number words' stems): as substrings that was
 * about a fifth of what the consumer allocates per item, garbage that brings the next young collection closer.
 * Open addressing with linear probing over {@link String#hashCode}'s hash of the prefix.
 */
final class PrefixMap<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    PrefixMap(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The value of {@code word}'s first {@code length} characters, or null; {@code 0 < length <= word.length()}. */
    @SuppressWarnings("unchecked")
    V get(String word, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + word.charAt(i); // String.hashCode of the prefix
        }
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && word.startsWith(key)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
