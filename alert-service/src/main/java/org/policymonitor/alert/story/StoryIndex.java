package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.List;

/** Where the grouping looks for items that may report the same event: bounded by key and by time. */
public interface StoryIndex {

    /** A stored item that shares an indexed key with the new one, within the time window. */
    record Candidate(String itemId, String storyId, Instant storyFirstSeen, StoryFeatures features) {
    }

    /** At most a bounded number of candidates per key, whatever the size of the archive. */
    List<Candidate> candidates(StoryFeatures features);
}
