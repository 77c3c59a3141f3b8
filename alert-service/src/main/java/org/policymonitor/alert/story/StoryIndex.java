package org.policymonitor.alert.story;

import java.time.Duration;
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

    /**
     * Forty-fifth round: items found per subject by {@link #subjectCandidates} at most — the newest within
     * {@link #SUBJECT_WINDOW} before the item. Enough to see a subject's second story in a week of a monitored site's
     * news; where the subject has more items than this, they are mostly of several stories, and one is enough to refuse.
     */
    int PER_SUBJECT = 12;
    /** Subjects of one item looked up at most (an item names one or two; a round-up names more and retells nothing). */
    int SUBJECTS_LOOKED_UP = 3;
    /** How far back {@link #subjectCandidates} looks: the retelling's own bound. */
    Duration SUBJECT_WINDOW = StoryMatcher.SUBJECT_RETOLD_WITHIN;

    /** A stored item that shares an indexed key with the new one, within the time window. */
    record Candidate(String itemId, String storyId, StoryFeatures features) {
    }

    /** At most {@link #PER_KEY} candidates per key and {@link #MAX_CANDIDATES} in all, whatever the archive's size. */
    List<Candidate> candidates(StoryFeatures features);

    /**
     * Forty-fifth round: the stored items naming the item's subjects (themes of the glossary, which {@link
     * #candidates} does not index: too frequent), at most {@link #PER_SUBJECT} per subject, the newest within
     * {@link #SUBJECT_WINDOW} before the item, for at most {@link #SUBJECTS_LOOKED_UP} subjects — asked only for an
     * item that met no story otherwise ({@link SoleStoryOfItsSubject}), so its cost is bounded per item and paid by
     * few. An index that keeps no subjects finds none.
     */
    default List<Candidate> subjectCandidates(StoryFeatures features) {
        return List.of();
    }

    /**
     * When each of the stories was first seen. Asked only when an item bridges stories (the older survives), so the
     * candidate search itself never reads the story rows.
     */
    Map<String, Instant> firstSeen(Collection<String> storyIds);
}
