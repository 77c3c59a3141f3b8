package org.policymonitor.alert.story;

import org.policymonitor.platform.cache.LruMaps;

import java.util.Map;

/**
 * The features of story members read from the database, kept across batches. A member row's features (time,
 * language, link, SimHash, keys) never change once written — only its story does, and that is read with every
 * candidate search — so the search need not send them again: writing out a member's key array costs PostgreSQL about as
 * much as finding the member. Only rows of committed transactions are put here (see {@link StoryStore}), so a batch rolled
 * back leaves nothing behind. Bounded, least recently used first out: the candidates of the next items are mostly the
 * newest members of the same stories.
 */
final class MemberFeatureCache {

    /**
     * About 3 KB each (some 40 keys), so ~3 MB of heap at most. The candidates are the newest members per key, so the
     * members met again soon are the recent ones; one not here costs a primary-key read, never a wrong answer.
     */
    static final int CAPACITY = 1_024;

    private final Map<String, StoryFeatures> byItem = LruMaps.bounded(CAPACITY);

    synchronized StoryFeatures get(String itemId) {
        return byItem.get(itemId);
    }

    synchronized void putAll(Map<String, StoryFeatures> read) {
        byItem.putAll(read);
    }

    synchronized int size() {
        return byItem.size();
    }
}
