package org.policymonitor.alert.story;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate search of a whole batch, as if its items had been grouped and written one by one: item n's candidates
 * are, for each of its indexed keys, the newest {@link StoryIndex#PER_KEY} rows within its window among the stored
 * rows and the rows of the batch's earlier items, then the {@link StoryIndex#MAX_CANDIDATES} sharing the most keys,
 * then the newest — what {@code StoryStore.CANDIDATES} returned when each item was searched after the earlier ones
 * were written. The stored rows come from one query for the batch ({@link #probes}): per key and group of items close
 * in time, every row newer than the earliest item's window end and the newest {@code PER_KEY} before it, which holds
 * each item's newest {@code PER_KEY} (see {@link Probe}). Ties of time go to the greater item id, the order of the
 * primary key {@code (key, at, item_id)} that the query reads backwards. Plain Java: the query is the caller's.
 */
final class BatchCandidates {

    /**
     * Items of one key whose times lie this close share one probe. The probe returns every stored row between the
     * earliest and the latest item's window end, so the span bounds what one probe may return beyond {@code PER_KEY}.
     */
    static final Duration PROBE_SPAN = Duration.ofHours(1);

    /**
     * Stored rows of {@code key} to read: every row with {@code mid < at ≤ to} and the newest {@code PER_KEY} with
     * {@code from ≤ at ≤ mid}. For an item whose window is {@code [lo, hi]} with {@code from ≤ lo} and
     * {@code mid ≤ hi ≤ to}, its newest {@code PER_KEY} rows within the window are among them: those after {@code mid}
     * are all there, and those up to {@code mid} are a prefix of the newest {@code PER_KEY} up to {@code mid}.
     */
    record Probe(String key, Instant from, Instant mid, Instant to) {
    }

    /** One {@code story_key} row: an item and its time. */
    record Row(String itemId, Instant at) {
    }

    static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::at).thenComparing(Row::itemId).reversed();

    private final List<StoryFeatures> items;
    private final List<Instant> at = new ArrayList<>();
    private final List<List<String>> keys = new ArrayList<>();
    private final List<Probe> probes = new ArrayList<>();
    /** Per item, per indexed key (same order), the probe that holds its stored rows. */
    private final List<int[]> probeOf = new ArrayList<>();
    private final List<List<Row>> stored = new ArrayList<>();
    /** The probes whose stored rows are in {@link #NEWEST_FIRST} order already. */
    private final BitSet sortedProbes = new BitSet();
    /** The rows of the batch's items grouped so far, per key, oldest first (they are grouped in time order). */
    private final Map<String, List<Row>> written = new HashMap<>();
    private final List<String> itemIds;
    private int next;

    /**
     * @param itemIds  the batch's items in the order they are grouped (time, then id)
     * @param features their features, same order
     */
    BatchCandidates(List<String> itemIds, List<StoryFeatures> features) {
        this.itemIds = List.copyOf(itemIds);
        this.items = List.copyOf(features);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int n = 0; n < items.size(); n++) {
            at.add(asStored(items.get(n).at()));
            List<String> k = items.get(n).indexedKeys();
            keys.add(k);
            probeOf.add(new int[k.size()]);
            for (String key : k) {
                byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(n);
            }
        }
        byKey.forEach((key, ns) -> {
            List<Integer> byTime = new ArrayList<>(ns);
            byTime.sort(Comparator.comparing(at::get));
            int start = 0;
            for (int i = 1; i <= byTime.size(); i++) {
                if (i == byTime.size() || at.get(byTime.get(i)).isAfter(at.get(byTime.get(start)).plus(PROBE_SPAN))) {
                    Instant first = at.get(byTime.get(start));
                    Instant last = at.get(byTime.get(i - 1));
                    int probe = probes.size();
                    probes.add(new Probe(key, first.minus(StoryMatcher.LATE_WINDOW), first.plus(StoryMatcher.LATE_WINDOW),
                            last.plus(StoryMatcher.LATE_WINDOW)));
                    stored.add(new ArrayList<>());
                    for (int j = start; j < i; j++) {
                        int n = byTime.get(j);
                        probeOf.get(n)[keys.get(n).indexOf(key)] = probe;
                    }
                    start = i;
                }
            }
        });
    }

    /** The indexed keys of item {@code n} ({@code Keys.indexed}, computed once here): the batch's write needs them too. */
    List<String> indexedKeys(int n) {
        return keys.get(n);
    }

    /** What to read of {@code story_key} for the whole batch. */
    List<Probe> probes() {
        return probes;
    }

    /** A stored row the query returned for probe {@code probe} (0-based). */
    void found(int probe, String itemId, Instant rowAt) {
        stored.get(probe).add(new Row(itemId, rowAt));
        sortedProbes.clear(probe);
    }

    /**
     * The candidates of the next item of the batch, most keys shared first, then the newest; then the item counts as
     * written (a candidate of the later ones). Call once per item, in the batch's order.
     */
    List<String> nextCandidates() {
        int n = next++;
        Instant lo = at.get(n).minus(StoryMatcher.LATE_WINDOW);
        Instant hi = at.get(n).plus(StoryMatcher.LATE_WINDOW);
        Map<String, Met> met = new HashMap<>();
        List<String> k = keys.get(n);
        for (int i = 0; i < k.size(); i++) {
            int probe = probeOf.get(n)[i];
            List<Row> db = stored.get(probe);
            if (!sortedProbes.get(probe)) {
                db.sort(NEWEST_FIRST); // once: every item of the probe reads it newest first
                sortedProbes.set(probe);
            }
            List<Row> batch = written.getOrDefault(k.get(i), List.of());
            int d = 0;
            int b = batch.size() - 1;
            int taken = 0;
            while (taken < StoryIndex.PER_KEY) {
                Row fromDb = null;
                while (d < db.size() && (db.get(d).at().isAfter(hi) || db.get(d).at().isBefore(lo))) {
                    d++; // outside this item's window (the probe covers a group of items)
                }
                if (d < db.size()) {
                    fromDb = db.get(d);
                }
                Row fromBatch = null;
                while (b >= 0 && batch.get(b).at().isAfter(hi)) {
                    b--;
                }
                if (b >= 0 && !batch.get(b).at().isBefore(lo)) {
                    fromBatch = batch.get(b);
                }
                Row row;
                if (fromDb == null && fromBatch == null) {
                    break;
                } else if (fromBatch == null || fromDb != null && NEWEST_FIRST.compare(fromDb, fromBatch) < 0) {
                    row = fromDb;
                    d++;
                } else {
                    row = fromBatch;
                    b--;
                }
                taken++;
                Met m = met.get(row.itemId());
                if (m == null) {
                    met.put(row.itemId(), new Met(row.itemId(), row.at()));
                } else {
                    m.add(row.at());
                }
            }
        }
        for (String key : k) {
            written.computeIfAbsent(key, x -> new ArrayList<>()).add(new Row(itemIds.get(n), at.get(n)));
        }
        List<Met> ranked = new ArrayList<>(met.values());
        ranked.sort(Met.RANK);
        int size = Math.min(ranked.size(), StoryIndex.MAX_CANDIDATES);
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(ranked.get(i).itemId);
        }
        return ids;
    }

    /** A candidate as the item's keys met it: how many keys it shares, and its newest row. */
    private static final class Met {
        /** Most keys shared first, then the newest, then the greater item id. */
        static final Comparator<Met> RANK = (a, b) -> {
            if (a.shared != b.shared) {
                return Integer.compare(b.shared, a.shared);
            }
            int byTime = b.newest.compareTo(a.newest);
            return byTime != 0 ? byTime : b.itemId.compareTo(a.itemId);
        };

        final String itemId;
        int shared = 1;
        Instant newest;

        Met(String itemId, Instant at) {
            this.itemId = itemId;
            this.newest = at;
        }

        void add(Instant at) {
            shared++;
            if (at.isAfter(newest)) {
                newest = at;
            }
        }
    }

    /**
     * A time as PostgreSQL stores it ({@code timestamptz}: microseconds): the rows written one by one held their
     * times so, and the search compared those.
     */
    static Instant asStored(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        return t.getNano() % 1_000 >= 500 ? micros.plusNanos(1_000) : micros;
    }
}
