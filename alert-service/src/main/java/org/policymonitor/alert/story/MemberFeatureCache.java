package org.policymonitor.alert.story;

import org.policymonitor.platform.cache.LruMaps;

import java.util.Collection;
import java.util.Map;

/**
 * The features of story members read from the database, kept across batches. A member row's features (time,
 * language, link, SimHash, keys) rarely change once written — only its story does, and that is read with every
 * candidate search; a reclassification in another language makes them again ({@link StoryStore#relanguage}), which
 * drops them here, and the candidate search reads each candidate's language with its story and takes a cached entry
 * only if its language is the row's (another instance may have made them again) — so the search need not send them again: writing out a member's key array costs PostgreSQL about as
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

    /** Members whose features were made again (a reclassification in another language). */
    synchronized void forget(Collection<String> itemIds) {
        itemIds.forEach(byItem::remove);
    }

    synchronized int size() {
        return byItem.size();
    }
}
