package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the grouping looks for items that may report the same event: bounded by key and by time. */
public interface StoryIndex {

    /** Candidates taken per indexed key: the newest within the window. */
    int PER_KEY = 30;
    /**
     * Candidates scored per item at most: those sharing the most indexed keys first, then the newest. With about a
     * dozen indexed keys per item this bounds the search (and the rows it loads) whatever the archive's size.
     */
    int MAX_CANDIDATES = 150;

    /** A stored item that shares an indexed key with the new one, within the time window. */
    record Candidate(String itemId, String storyId, StoryFeatures features) {
    }

    /** At most {@link #PER_KEY} candidates per key and {@link #MAX_CANDIDATES} in all, whatever the archive's size. */
    List<Candidate> candidates(StoryFeatures features);

    /**
     * When each of the stories was first seen. Asked only when an item bridges stories (the older survives), so the
     * candidate search itself never reads the story rows.
     */
    Map<String, Instant> firstSeen(Collection<String> storyIds);
}
