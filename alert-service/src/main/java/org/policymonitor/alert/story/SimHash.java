package org.policymonitor.alert.story;

import java.nio.charset.StandardCharsets;
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
            String shingle = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : words.get(i);
            long h = fnv(shingle);
            for (int b = 0; b < 64; b++) {
                v[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
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

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // finalise (splitmix64) so that nearby inputs spread over all bits
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
