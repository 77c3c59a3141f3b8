package org.policymonitor.alert.story;

import java.util.Map;

/**
 * A read-only map from strings to values that is looked up by a leading part of a word, {@code get(word, length)} =
 * {@code map.get(word.substring(0, length))}, without making the substring. The feature extraction looks up every
 * token's prefixes (the glossary's prefix terms, the lexicon's stems, number words' stems): as substrings that was
 * about a fifth of what the consumer allocates per item, garbage that brings the next young collection closer.
 * Open addressing with linear probing over {@link String#hashCode}'s hash of the prefix.
 *
 * <p>A word's prefixes are looked up one after the other, so their hashes are carried from one length to the next
 * ({@link #longest}, {@link #get(String, int, int)}) rather than computed again from the first letter for each length,
 * and each slot keeps its key's hash, so that a probe compares letters only when the hashes are equal: the lexicon's
 * look-up of every token from its longest prefix down was the largest part of the map's cost (BENCHMARK.md, speed3).
 */
final class PrefixMap<V> {

    /** The inverse of 31 modulo 2^32: takes {@link String#hashCode}'s last step back ({@code h = 31 * h + c}). */
    private static final int INVERSE_OF_31 = 0xBDEF7BDF;

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;

    PrefixMap(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        });
    }

    /** The value of {@code word}'s first {@code length} characters, or null; {@code 0 < length <= word.length()}. */
    V get(String word, int length) {
        return get(word, length, hash(word, length));
    }

    /**
     * {@link #get(String, int)} when the caller carries the prefix's hash: {@code prefixHash} is
     * {@code word.substring(0, length).hashCode()}, e.g. {@link #extend}ed letter by letter from 0.
     */
    @SuppressWarnings("unchecked")
    V get(String word, int length, int prefixHash) {
        for (int slot = spread(prefixHash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == prefixHash) {
                String key = keys[slot];
                if (key.length() == length && word.startsWith(key)) {
                    return (V) values[slot];
                }
            }
        }
        return null;
    }

    /**
     * The value of {@code word}'s longest prefix of {@code minLength} to {@code maxLength} characters (at most the
     * word's length) that is a key, or null: {@code get(word, n)} for n from the longest down, the first found.
     * {@code minLength > 0}.
     */
    V longest(String word, int minLength, int maxLength) {
        int length = Math.min(maxLength, word.length());
        if (length < minLength) {
            return null;
        }
        int h = hash(word, length);
        while (true) {
            V value = get(word, length, h);
            if (value != null || length == minLength) {
                return value;
            }
            length--;
            h = (h - word.charAt(length)) * INVERSE_OF_31; // the hash of one letter less
        }
    }

    /** The hash of a prefix one letter longer: {@code (prefix + next).hashCode()} from {@code prefix.hashCode()}. */
    static int extend(int prefixHash, char next) {
        return 31 * prefixHash + next;
    }

    /** {@link String#hashCode} of the word's first {@code length} characters. */
    private static int hash(String word, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = extend(h, word.charAt(i));
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
