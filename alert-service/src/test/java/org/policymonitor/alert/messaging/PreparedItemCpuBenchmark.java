package org.policymonitor.alert.messaging;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.item.store.PreparedItem;
import org.policymonitor.alert.story.FeatureExtractor;
import org.policymonitor.alert.story.StoryFeatures;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What alert-service's consumer thread spends preparing one record of the system benchmark ({@code system-tests}
 * SystemBenchmark: the same {@link TestItems#benchmarkNews} items, as the classifier publishes them) before its storing
 * transaction: parsing, act extraction, story features, the key profile — CPU time and bytes allocated per item, each
 * part apart and the whole {@link PreparedItem.Preparer#prepare}. Prints numbers, asserts none (a shared machine's
 * timing is no test); it also prints a checksum of every item's features, which a change of how the features are
 * computed must leave as it was. Run it as the service runs (C1 only, SerialGC):
 * <pre>
 * ./mvnw -B -ntp -q -pl alert-service -am verify -Djacoco.skip=true -DskipITs -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=PreparedItemCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine='-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'
 * </pre>
 */
@Tag("benchmark")
class PreparedItemCpuBenchmark {

    private static final int ITEMS = 20_000;
    private static final int ROUNDS = 7;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void cpuAndAllocationPerPreparedItem() {
        List<String> records = new ArrayList<>();
        Instant fetched = Instant.parse("2030-03-04T09:00:00Z");
        for (int i = 0; i < ITEMS; i++) {
            FeedItem item = TestItems.benchmarkNews("bench-source", "run", i, fetched.plusMillis(i));
            // without the classifier's tags: they change the parse a little and the rest not at all
            records.add(EventJson.toJson(TestItems.untagged(item)));
        }
        List<ClassifiedItem> parsed = records.stream().map(RecordParser::classifiedItem).toList();
        ActExtractor acts = new ActExtractor();
        FeatureExtractor features = new FeatureExtractor();
        List<List<ActReference>> found = parsed.stream()
                .map(c -> acts.extract(c.item().title(), c.item().summary(), c.item().content())).toList();
        List<StoryFeatures> extracted = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            extracted.add(extract(features, parsed.get(i), found.get(i)));
        }
        System.out.printf("prepared items: features checksum %016x%n", checksum(extracted));
        PreparedItem.Preparer preparer = new PreparedItem.Preparer();
        for (int round = 0; round < ROUNDS; round++) { // the first rounds warm the JIT up
            measure(round, "parse", i -> RecordParser.classifiedItem(records.get(i)));
            measure(round, "acts", i -> {
                FeedItem item = parsed.get(i).item();
                acts.extract(item.title(), item.summary(), item.content());
            });
            measure(round, "features", i -> extract(features, parsed.get(i), found.get(i)));
            measure(round, "key profile", i -> extract(features, parsed.get(i), found.get(i)).readied());
            measure(round, "whole prepare", i -> preparer.prepare(RecordParser.classifiedItem(records.get(i))));
        }
        assertThat(extracted).hasSize(ITEMS);
    }

    private static StoryFeatures extract(FeatureExtractor features, ClassifiedItem c, List<ActReference> acts) {
        FeedItem i = c.item();
        return features.extract(i.title(), i.summary(), i.content(), c.language(), i.fetchedAt(), i.link(), acts);
    }

    private static void measure(int round, String what, Consumer<Integer> step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < ITEMS; i++) {
            step.accept(i);
        }
        double ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / ITEMS;
        double kb = (THREADS.getCurrentThreadAllocatedBytes() - bytes) / 1024.0 / ITEMS;
        System.out.printf("prepared items, round %d, %-13s: %.4f ms CPU, %6.1f KB allocated per item%n", round, what, ms, kb);
    }

    /** Every item's language, link, SimHash and sorted keys, hashed in order. */
    private static long checksum(List<StoryFeatures> all) {
        long h = 1;
        for (StoryFeatures f : all) {
            String s = f.language() + "|" + f.link() + "|" + f.simhash() + "|" + new TreeSet<>(f.keys());
            h = h * 1_000_003 + s.hashCode();
        }
        return h;
    }
}
