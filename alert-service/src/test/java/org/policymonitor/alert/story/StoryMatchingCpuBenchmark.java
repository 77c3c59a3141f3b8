package org.policymonitor.alert.story;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching side of the grouping alone, in CPU time (so that a loaded machine does not inflate it): per item, act
 * extraction, features and scoring {@link StoryIndex#MAX_CANDIDATES} candidates — the most the candidate search ever
 * returns, whatever the archive's size; then the scoring alone (both sides' features built beforehand, as a candidate's
 * come from {@link MemberFeatureCache}) and the feature extraction alone. The storage side (the candidate query and the writes) is
 * {@code StoryGroupingBenchmark}'s.
 * <pre>
 * ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=StoryMatchingCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class StoryMatchingCpuBenchmark {

    private static final Instant WEEK_START = Instant.parse("2030-03-04T00:00:00Z");

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
        // the scoring alone: the item's features built beforehand, as the candidates' are (they come from the member
        // cache), so that what one pair costs is seen apart from what one item costs; every item re-dated within a
        // week, as the candidate search returns only members within StoryMatcher.LATE_WINDOW (the pool's own dates are
        // mostly further apart, and such a pair is refused before anything is compared)
        List<StoryFeatures> near = new ArrayList<>();
        for (int k = 0; k < pool.size(); k++) {
            StoryFeatures f = pool.get(k);
            near.add(new StoryFeatures(f.language(), WEEK_START.plus(Duration.ofMinutes(37L * k % (7 * 24 * 60))), f.link(),
                    f.simhash(), f.keys()));
        }
        List<StoryFeatures> probes = List.copyOf(near);
        double scoring = 0;
        for (int round = 0; round < 3; round++) {
            int n = 20_000;
            long start = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < n; k++) {
                StoryFeatures f = probes.get(k % probes.size());
                for (int c = 0; c < StoryIndex.MAX_CANDIDATES; c++) {
                    sum += matcher.score(f, near.get(random.nextInt(near.size())));
                }
            }
            scoring = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / n;
            System.out.printf("scoring alone, round %d: %.4f ms CPU per item (%d candidates within a week scored)%n", round, scoring,
                    StoryIndex.MAX_CANDIDATES);
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
        assertThat(scoring).as("scoring CPU per item, ms").isLessThan(5);
    }

    private static StoryFeatures features(StoryGroupingQualityTest.Item i, ActExtractor acts, FeatureExtractor extractor) {
        return extractor.extract(i.title(), i.summary(), null, i.language(), i.publishedAt().toInstant(), i.link(),
                acts.extract(i.title(), i.summary(), null));
    }
}
