package org.policymonitor.alert.item.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.messaging.RecordParser;
import org.policymonitor.alert.story.FeatureExtractor;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a prepared batch keeps alive beyond its parsed items (perf13, issue 14): the heap a batch of the system
 * benchmark's items holds once prepared, with the story keys' strings shared ({@link PreparedItem.Preparer}) and
 * without (each item its own, as before). A batch outlives the young collections while it waits for the storing line,
 * so this is what the old generation receives per item. Heap used after {@code System.gc()}, rounds alternating.
 * Run: {@code ./mvnw -B -ntp -pl alert-service -am test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=PreparedBatchFootprintBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 */
@Tag("benchmark")
class PreparedBatchFootprintBenchmark {

    private static final int BATCH = 1_000; // two batches of 500 in flight

    @Test
    void heapHeldPerPreparedItem() {
        List<ClassifiedItem> items = new ArrayList<>();
        Instant fetched = Instant.parse("2026-12-02T10:00:00Z");
        for (int i = 0; i < BATCH; i++) {
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            String link = "https://news.bench.example.org/footprint/" + i;
            items.add(TestItems.untagged(FeedItem.of("footprint", "Benchmark News", link, link,
                    BenchmarkNews.title(kind, i), BenchmarkNews.text(kind, i), null, "en", List.of("News"), null,
                    OffsetDateTime.ofInstant(fetched.plusSeconds(i), ZoneOffset.ofHours(3)), null, fetched)));
        }
        ActExtractor acts = new ActExtractor();
        FeatureExtractor features = new FeatureExtractor();
        Function<ClassifiedItem, PreparedItem> ownKeys = c -> { // the preparer before perf13
            FeedItem i = c.item();
            List<ActReference> found = acts.extract(i.title(), i.summary(), i.content());
            return new PreparedItem(c, found, features.extract(i.title(), i.summary(), i.content(), i.language(),
                    ItemRows.Row.eventTime(i, null), i.link(), found).readied());
        };
        double[] held = new double[2];
        for (int r = -1; r < 6; r++) {
            int side = Math.floorMod(r, 2); // 0: own keys, 1: shared
            PreparedItem.Preparer preparer = new PreparedItem.Preparer();
            Function<ClassifiedItem, PreparedItem> prepare = side == 0 ? ownKeys : preparer::prepare;
            long before = usedAfterGc();
            List<PreparedItem> batch = new ArrayList<>(BATCH);
            for (ClassifiedItem c : items) {
                batch.add(prepare.apply(c));
            }
            long after = usedAfterGc();
            assertThat(batch).hasSize(BATCH);
            if (r >= 0) {
                held[side] += (after - before) / 3.0 / BATCH;
            }
            System.out.printf("round %d, %s keys: %.0f bytes held per prepared item%n", r,
                    side == 0 ? "own" : "shared", (after - before) / (double) BATCH);
        }
        System.out.printf("heap held per prepared item beyond the parsed item: own keys %.0f, shared keys %.0f bytes%n",
                held[0], held[1]);
    }

    /**
     * perf15: the heap a batch holds once read from its records' JSON and prepared by the consumer's own code
     * ({@link RecordParser}, {@link PreparedItem.Preparer}) — the parsed item, its tags and evidence, its acts and story
     * features with their key profile — beyond the records' values, which the batch holds either way. The system
     * benchmark's items, half of them tagged as the classifier tags them (a theme, two rules, four pieces of evidence
     * from the title and text). Run in two trees to compare: the figure is what a prepared item promotes.
     */
    @Test
    void heapHeldPerReadAndPreparedItem() {
        Instant fetched = Instant.parse("2026-12-02T10:00:00Z");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            String link = "https://news.bench.example.org/footprint/" + i;
            FeedItem item = FeedItem.of("footprint", "Benchmark News", link, link, BenchmarkNews.title(kind, i),
                    BenchmarkNews.text(kind, i), null, "en", List.of("News"), null,
                    OffsetDateTime.ofInstant(fetched.plusSeconds(i), ZoneOffset.ofHours(3)), null, fetched);
            values.add(TestItems.json(kind == BenchmarkNews.Kind.MISS ? TestItems.untagged(item) : tagged(item, kind)));
        }
        double held = 0;
        for (int r = -1; r < 4; r++) {
            PreparedItem.Preparer preparer = new PreparedItem.Preparer();
            long before = usedAfterGc();
            List<PreparedItem> batch = new ArrayList<>(BATCH);
            for (String value : values) {
                batch.add(preparer.prepare(RecordParser.classifiedItem(value)));
            }
            long after = usedAfterGc();
            assertThat(batch).hasSize(BATCH);
            if (r >= 0) {
                held += (after - before) / 4.0 / BATCH;
            }
            System.out.printf("round %d: %.0f bytes held per read and prepared item%n", r,
                    (after - before) / (double) BATCH);
        }
        System.out.printf("heap held per read and prepared item (beyond its record's value): %.0f bytes%n", held);
    }

    /** As the classifier tags an item of this kind: one theme, its rules, evidence in the title and the text. */
    private static ClassifiedItem tagged(FeedItem item, BenchmarkNews.Kind kind) {
        String theme = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        List<Evidence> evidence = new ArrayList<>();
        for (String field : List.of("title", "summary")) {
            String text = field.equals("title") ? item.title() : item.summary();
            String[] words = text.split(" ");
            for (int w = 0, at = 0; w < 2 && w < words.length; at += words[w].length() + 1, w++) {
                evidence.add(new Evidence(field, text.substring(at, at + words[w].length()), at,
                        at + words[w].length(), theme + "." + field + "-terms"));
            }
        }
        return TestItems.tagged(item, theme, List.of(theme + ".title-terms", theme + ".summary-terms"), evidence);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
