package org.policymonitor.alert.story;

import java.util.List;

/** 64-bit SimHash over word 2-shingles: near-duplicate texts differ in few bits. */
final class SimHash {

    private SimHash() {
    }

    static long of(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int[] v = new int[64];
        for (int i = 0; i < words.size(); i++) {
            // the FNV of the shingle's UTF-8 bytes ("word next"), computed without building the string or its bytes
            long h = FNV_OFFSET;
            h = fnv(h, words.get(i));
            if (i + 1 < words.size()) {
                h = (h ^ ' ') * FNV_PRIME;
                h = fnv(h, words.get(i + 1));
            }
            h = mix(h);
            for (int b = 0; b < 64; b++) {
                v[b] += (int) ((h >>> b) & 1) * 2 - 1;
            }
        }
        long hash = 0;
        for (int b = 0; b < 64; b++) {
            if (v[b] > 0) {
                hash |= 1L << b;
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** FNV-1a over the UTF-8 encoding of {@code s}, continued from {@code h}. */
    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | c >> 6)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            } else if (Character.isHighSurrogate((char) c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint((char) c, s.charAt(++i));
                h = (h ^ (0xF0 | cp >> 18)) * FNV_PRIME;
                h = (h ^ (0x80 | cp >> 12 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | cp >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | cp & 0x3F)) * FNV_PRIME;
            } else if (Character.isSurrogate((char) c)) {
                h = (h ^ '?') * FNV_PRIME; // a lone surrogate: what String.getBytes(UTF_8) writes for it
            } else {
                h = (h ^ (0xE0 | c >> 12)) * FNV_PRIME;
                h = (h ^ (0x80 | c >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            }
        }
        return h;
    }

    /** Finalise (splitmix64) so that nearby inputs spread over all bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
