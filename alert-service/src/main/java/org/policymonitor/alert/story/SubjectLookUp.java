package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subject look-up of a batch ({@link StoryIndex#subjectCandidates}) as if its items had been written one by one:
 * for each subject the item asks ({@link #asked}), the newest {@link StoryIndex#PER_SUBJECT} rows within
 * {@link StoryIndex#SUBJECT_WINDOW} up to the item's time, among the stored rows and those of the batch's items grouped
 * before it. The stored rows come from the caller's query (the newest {@code PER_SUBJECT} per subject within that window,
 * {@code StoryStore.SUBJECT_ROWS}); the batch's own rows are kept here, since the batch writes them only at its end.
 * Some of them may be stored already (the batch flushes its writes before a merge): the newest {@code PER_SUBJECT} of
 * the union are still the right ones, a stored row being one of the union's, and a row met twice counts once. Ties of
 * time go to the greater item id, as the primary key {@code (key, at, item_id)} read backwards gives them. Plain Java.
 */
final class SubjectLookUp {

    /** The batch's grouped items per subject entry ({@link Keys#subjectIndexed}), in grouping order (time, then id). */
    private final Map<String, List<BatchCandidates.Row>> written = new HashMap<>();

    /**
     * The subject entries an item's look-up asks: the first {@link StoryIndex#SUBJECTS_LOOKED_UP} of its
     * {@link Keys#subjectIndexed} (an item names one or two; a round-up names more and retells nothing).
     */
    static List<String> asked(StoryFeatures f) {
        List<String> all = Keys.subjectIndexed(f);
        return all.subList(0, Math.min(all.size(), StoryIndex.SUBJECTS_LOOKED_UP));
    }

    /** The earliest time the look-up of an item at {@code at} reads (inclusive, as the item's own time). */
    static Instant from(Instant at) {
        return at.minus(StoryIndex.SUBJECT_WINDOW);
    }

    /** An item of the batch was grouped: it is found by the later items' look-ups (its time as stored). */
    void grouped(String itemId, Instant at, List<String> subjectEntries) {
        for (String s : subjectEntries) {
            written.computeIfAbsent(s, x -> new ArrayList<>()).add(new BatchCandidates.Row(itemId, at));
        }
    }

    /**
     * The items found for {@code subject} by an item at {@code at} (as stored): the newest {@code PER_SUBJECT} of the
     * stored rows the query returned for it and the batch's rows within the window, newest first, each once.
     */
    List<String> newest(String subject, List<BatchCandidates.Row> stored, Instant at) {
        Instant lo = from(at);
        List<BatchCandidates.Row> rows = new ArrayList<>(stored);
        for (BatchCandidates.Row r : written.getOrDefault(subject, List.of())) {
            if (!r.at().isBefore(lo) && !r.at().isAfter(at)) {
                rows.add(r);
            }
        }
        rows.sort(BatchCandidates.NEWEST_FIRST);
        List<String> out = new ArrayList<>();
        for (BatchCandidates.Row r : rows) {
            if (out.size() == StoryIndex.PER_SUBJECT) {
                break;
            }
            if (!out.contains(r.itemId())) { // a batch item already flushed is both stored and written
                out.add(r.itemId());
            }
        }
        return out;
    }
}
