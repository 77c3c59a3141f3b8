package org.policymonitor.alert.story;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching side of the grouping alone, in CPU time (so that a loaded machine does not inflate it): per item, act
 * extraction, features and scoring {@link StoryIndex#MAX_CANDIDATES} candidates — the most the candidate search ever
 * returns, whatever the archive's size. The storage side (the candidate query and the writes) is
 * {@code StoryGroupingBenchmark}'s.
 * <pre>
 * ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=StoryMatchingCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class StoryMatchingCpuBenchmark {

    @Test
    void cpuPerItemWithTheMostCandidates() throws IOException {
        List<StoryGroupingQualityTest.Item> items = new ArrayList<>(StoryGroupingQualityTest.items());
        items.addAll(StoryGroupingQualityTest.items("/labelled/stories-fresh.jsonl"));
        items.addAll(StoryGroupingQualityTest.items("/labelled/stories-fresh2.jsonl"));
        ActExtractor acts = new ActExtractor();
        FeatureExtractor extractor = new FeatureExtractor();
        StoryMatcher matcher = new StoryMatcher();
        List<StoryFeatures> pool = items.stream().map(i -> features(i, acts, extractor)).toList();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Random random = new Random(1);
        double sum = 0;
        double last = 0;
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
            int n = 20_000;
            long start = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < n; k++) {
                StoryFeatures f = features(items.get(k % items.size()), acts, extractor);
                for (int c = 0; c < StoryIndex.MAX_CANDIDATES; c++) {
                    sum += matcher.score(f, pool.get(random.nextInt(pool.size())));
                }
            }
            last = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / n;
            System.out.printf("story matching, round %d: %.3f ms CPU per item (acts, features, %d candidates scored)%n",
                    round, last, StoryIndex.MAX_CANDIDATES);
        }
        // the feature extraction alone (text to keys), the part of the write path this package owns
        double extract = 0;
        for (int round = 0; round < 3; round++) {
            int n = 20_000;
            long start = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < n; k++) {
                StoryGroupingQualityTest.Item i = items.get(k % items.size());
                sum += extractor.extract(i.title(), i.summary(), null, i.language(), i.publishedAt().toInstant(),
                        i.link(), List.of()).keys().size();
            }
            extract = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / n;
            System.out.printf("feature extraction, round %d: %.4f ms CPU per item%n", round, extract);
        }
        assertThat(sum).isPositive();
        assertThat(extract).as("feature extraction CPU per item, ms").isLessThan(1);
        assertThat(last).as("CPU per item, ms").isLessThan(5);
    }

    private static StoryFeatures features(StoryGroupingQualityTest.Item i, ActExtractor acts, FeatureExtractor extractor) {
        return extractor.extract(i.title(), i.summary(), null, i.language(), i.publishedAt().toInstant(), i.link(),
                acts.extract(i.title(), i.summary(), null));
    }
}
