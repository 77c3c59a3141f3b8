package org.policymonitor.alert.story;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's candidate search gives each item the candidates that the search of one item at a time gave it once the
 * batch's earlier items were written: checked against that search written out plainly (per key the newest
 * {@code PER_KEY} rows within the window, then the {@code MAX_CANDIDATES} sharing the most keys, then the newest), on
 * archives and batches where the bounds bite — more rows per key than {@code PER_KEY}, batch items older than stored
 * rows, batches spread over days (several probes per key), a late item between earlier ones.
 */
class BatchCandidatesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    private record Item(String id, StoryFeatures features) {
    }

    @ParameterizedTest(name = "seed {0}: {1} stored, {2} in the batch, {3} keys, spread {4} h")
    @CsvSource({
            "1, 200,  60,  3,   2",   // few keys: every key far over PER_KEY
            "2, 400, 120,  8,  30",   // several probes per key (spread beyond PROBE_SPAN)
            "3,  50, 300,  5, 200",   // the batch larger than the archive, over more than the window
            "4,   0,  80,  4,   1",   // an empty archive: candidates only from the batch
            "5, 300,   1, 12,  10",   // one item: the old per-item search exactly
            "6, 600, 200, 40, 100"})  // many keys: the MAX_CANDIDATES bound
    void eachItemMeetsTheCandidatesOfTheSearchItemByItem(long seed, int storedCount, int batchCount, int keyCount,
                                                          int spreadHours) {
        Random r = new Random(seed);
        List<Item> stored = items("s", storedCount, keyCount, spreadHours, r);
        List<Item> batch = new ArrayList<>(items("b", batchCount, keyCount, spreadHours, r));
        batch.sort(Comparator.comparing((Item i) -> i.features().at()).thenComparing(Item::id));

        BatchCandidates search = new BatchCandidates(batch.stream().map(Item::id).toList(),
                batch.stream().map(Item::features).toList());
        List<BatchCandidates.Probe> probes = search.probes();
        for (int p = 0; p < probes.size(); p++) {
            for (BatchCandidates.Row row : storedRows(probes.get(p), stored)) {
                search.found(p, row.itemId(), row.at());
            }
        }
        List<Item> written = new ArrayList<>(stored);
        for (Item item : batch) {
            assertThat(search.nextCandidates()).as("candidates of %s", item.id())
                    .containsExactlyElementsOf(searchOne(item.features(), written));
            written.add(item);
        }
    }

    /** What {@code PROBES} returns for one probe, written out. */
    private static List<BatchCandidates.Row> storedRows(BatchCandidates.Probe p, List<Item> stored) {
        List<BatchCandidates.Row> out = new ArrayList<>();
        List<BatchCandidates.Row> before = new ArrayList<>();
        for (Item i : stored) {
            Instant at = i.features().at();
            if (!Keys.indexed(i.features()).contains(p.key())) {
                continue;
            }
            if (at.isAfter(p.mid()) && !at.isAfter(p.to())) {
                out.add(new BatchCandidates.Row(i.id(), at));
            } else if (!at.isBefore(p.from()) && !at.isAfter(p.mid())) {
                before.add(new BatchCandidates.Row(i.id(), at));
            }
        }
        before.sort(newestFirst());
        out.addAll(before.subList(0, Math.min(StoryIndex.PER_KEY, before.size())));
        return out;
    }

    /** The search of one item against what is written, as the per-item query did it. */
    private static List<String> searchOne(StoryFeatures f, List<Item> written) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Instant> newest = new HashMap<>();
        for (String key : Keys.indexed(f)) {
            List<BatchCandidates.Row> rows = new ArrayList<>();
            for (Item i : written) {
                Instant at = i.features().at();
                if (Keys.indexed(i.features()).contains(key) && !at.isBefore(f.at().minus(StoryMatcher.LATE_WINDOW))
                        && !at.isAfter(f.at().plus(StoryMatcher.LATE_WINDOW))) {
                    rows.add(new BatchCandidates.Row(i.id(), at));
                }
            }
            rows.sort(newestFirst());
            for (BatchCandidates.Row row : rows.subList(0, Math.min(StoryIndex.PER_KEY, rows.size()))) {
                shared.merge(row.itemId(), 1, Integer::sum);
                newest.merge(row.itemId(), row.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return shared.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -shared.get(id))
                        .thenComparing(newest::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.reverseOrder()))
                .limit(StoryIndex.MAX_CANDIDATES).toList();
    }

    private static Comparator<BatchCandidates.Row> newestFirst() {
        return Comparator.comparing(BatchCandidates.Row::at).thenComparing(BatchCandidates.Row::itemId).reversed();
    }

    /** Items with 1–4 organisation keys of {@code keyCount}, times within {@code spreadHours} (whole minutes: ties). */
    private static List<Item> items(String prefix, int count, int keyCount, int spreadHours, Random r) {
        List<Item> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Set<String> keys = new HashSet<>();
            int k = 1 + r.nextInt(4);
            for (int j = 0; j < k; j++) {
                keys.add("c:org:o" + r.nextInt(keyCount));
            }
            Instant at = T0.plus(Duration.ofMinutes(r.nextInt(spreadHours * 60 + 1)));
            // SimHash bands from few values, so that band keys are shared too
            long simhash = r.nextInt(3) * 0x0001_0001_0001_0001L;
            out.add(new Item(prefix + n, new StoryFeatures("en", at, null, simhash, keys)));
        }
        return out;
    }
}
