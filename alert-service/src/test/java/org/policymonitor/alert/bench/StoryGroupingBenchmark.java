package org.policymonitor.alert.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.story.CandidateQueryPlans;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cost of the story grouping per item as the archive grows to 100,000 items (not part of the default build; prints,
 * does not assert on time). Synthetic BelTA-like items — one to three versions (en/ru/be) of each event, acts,
 * officials, institutions, amounts — at a fixed rate of 270 a day (BelTA's order of magnitude, so the ±3-day window
 * holds the same number of items at any archive size) are stored through {@link ItemStore} in batches of 500, as the
 * consumer does; the grouping's own batch timers ({@code policy_alert_story_grouping_batch_seconds}, and the candidate
 * search alone, {@code policy_alert_story_candidates_batch_seconds}) over the items grouped
 * ({@code policy_alert_story_grouped_items_total}) are read for each slice of 10,000 items, and at 10,000,
 * 50,000 and 100,000 stored items the candidate query of a few recent items is run under {@code EXPLAIN ANALYZE}.
 * Each slice also gives the database's work per item ({@link DatabaseWork}: buffer accesses, the autovacuum runs in
 * it, and with {@code -Dbench.pg.statements=true} the costliest statements, triggers' included), which the machine's
 * load does not move: a cost that grows with the archive shows there even when the times are noise.
 * <p>
 * Run: {@code ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=StoryGroupingBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.storyItems=100000]
 * [-Dbench.pg.statements=true]}
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(StoryGroupingBenchmark.LongBatches.class)
class StoryGroupingBenchmark {

    /** A batch of 500 may take longer than the default minute on a machine many builds share. */
    public static class LongBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "PT15M");
        }
    }

    private static final int ITEMS = Integer.getInteger("bench.storyItems", 100_000);
    private static final int SLICE = 10_000;
    private static final int PER_DAY = Integer.getInteger("bench.itemsPerDay", 270);
    private static final Set<Integer> CHECKPOINTS = Set.of(10_000, 50_000, 100_000);
    private static final String[][] PEOPLE = {{"Lukashenko", "Лукашенко", "Лукашэнка"}, {"Turchin", "Турчин", "Турчын"},
            {"Karanik", "Караник", "Каранік"}, {"Shlychkov", "Шлычков", "Шлычкоў"}, {"Ryzhenkov", "Рыженков", "Рыжанкоў"}};
    private static final String[][] ORGS = {{"OAC", "ОАЦ", "ААЦ"}, {"NASB", "НАН", "НАН"}, {"UNDP", "ПРООН", "ПРААН"},
            {"EAEU", "ЕАЭС", "ЕАЭС"}, {"CIS", "СНГ", "СНД"}, {"Gosstandart", "Госстандарт", "Дзяржстандарт"}};
    private static final String[][] TOPICS = {{"artificial intelligence", "искусственного интеллекта", "штучнага інтэлекту"},
            {"personal data", "персональных данных", "персанальных даных"}, {"cyberattacks", "кибератак", "кібератак"},
            {"digital development", "цифрового развития", "лічбавага развіцця"}, {"potash exports", "экспорта калия", "экспарту калію"}};
    private static final String[][] ACT = {{"Decree No. ", "Указ № ", "Указ № "}, {"Law No. ", "Закон № ", "Закон № "}};

    @Inject
    ItemStore store;
    @Inject
    MeterRegistry registry;
    @Inject
    DataSource dataSource;

    @Test
    void groupingCostPerItemAsTheArchiveGrows() {
        Random random = new Random(42);
        Instant start = Instant.parse("2030-01-01T06:00:00Z");
        double secondsPerItem = 86400.0 / PER_DAY;
        String run = Long.toHexString(System.nanoTime());
        // the same meter the grouping records into (the bean registers it when first used)
        // per batch; the items they grouped are counted apart (GroupingMeters)
        Timer timer = registry.timer("policy.alert.story.grouping.batch");
        Timer search = registry.timer("policy.alert.story.candidates.batch");
        Counter grouped = registry.counter("policy.alert.story.grouped.items");
        List<ClassifiedItem> batch = new ArrayList<>();
        int n = 0;
        int event = 0;
        double sliceCount = grouped.count();
        double sliceNanos = timer.totalTime(TimeUnit.NANOSECONDS);
        double sliceSearchNanos = search.totalTime(TimeUnit.NANOSECONDS);
        Map<Integer, String> atCheckpoint = new TreeMap<>();
        DatabaseWork database = new DatabaseWork(dataSource);
        long wall = System.nanoTime();
        int nextSlice = SLICE;
        System.out.printf("story grouping benchmark: %d items, %d a day%n", ITEMS, PER_DAY);
        while (n < ITEMS) {
            event++;
            int versions = 1 + random.nextInt(3);
            String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
            String[] org = ORGS[random.nextInt(ORGS.length)];
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            String[] act = random.nextInt(3) == 0 ? ACT[random.nextInt(ACT.length)] : null;
            int number = 1 + random.nextInt(600);
            int amount = 10 + random.nextInt(100_000);
            for (int v = 0; v < versions && n < ITEMS; v++, n++) {
                int lang = v % 3;
                String title = person[lang] + ": " + org[lang] + " " + topic[lang] + " " + amount;
                String summary = (act == null ? "" : act[lang] + number + ". ") + person[lang] + ", " + org[lang] + ", "
                        + topic[lang] + ", " + amount + (lang == 0 ? " rubles" : " рублей") + ". Event " + event + ".";
                OffsetDateTime at = start.plusSeconds((long) (n * secondsPerItem) + random.nextInt(3600))
                        .atOffset(ZoneOffset.ofHours(3));
                String guid = run + "-" + n;
                FeedItem item = FeedItem.of("bench-" + run + "-" + lang, "Bench", "https://example.org/" + guid, guid,
                        title, summary, null, new String[]{"en", "ru", "be"}[lang], List.of(), null, at, null, Instant.now());
                batch.add(new ClassifiedItem(item, List.of(), "bench", Instant.now()));
            }
            if (batch.size() < 500 && n < ITEMS) {
                continue;
            }
            store.store(batch);
            batch.clear();
            if (n >= nextSlice || n == ITEMS) {
                int boundary = Math.min(nextSlice, ITEMS);
                nextSlice += SLICE;
                long count = Math.round(grouped.count() - sliceCount);
                double nanos = timer.totalTime(TimeUnit.NANOSECONDS) - sliceNanos;
                double searchNanos = search.totalTime(TimeUnit.NANOSECONDS) - sliceSearchNanos;
                String line = String.format("grouping %.2f ms per item (candidate search %.2f ms) over the last %d",
                        nanos / Math.max(1, count) / 1e6, searchNanos / Math.max(1, count) / 1e6, count);
                System.out.printf("  items %6d: %s, slowest batch so far %.1f ms, wall %.1f s, load average %.1f%n", n, line,
                        timer.max(TimeUnit.MILLISECONDS), (System.nanoTime() - wall) / 1e9,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                database.slice(count).forEach(l -> System.out.println("    " + l));
                if (CHECKPOINTS.contains(boundary) || n == ITEMS) {
                    atCheckpoint.put(boundary, line);
                    explain(n);
                }
                sliceCount = grouped.count();
                sliceNanos = timer.totalTime(TimeUnit.NANOSECONDS);
                sliceSearchNanos = search.totalTime(TimeUnit.NANOSECONDS);
            }
        }
        System.out.println("story grouping per item at each archive size (mean of the 10,000 items before it):");
        atCheckpoint.forEach((size, line) -> System.out.printf("  %,7d stored items: %s%n", size, line));
    }

    /** The candidate query of the newest stored items, under EXPLAIN ANALYZE on the benchmark's database. */
    private void explain(int stored) {
        try (Connection c = dataSource.getConnection()) {
            for (String plan : CandidateQueryPlans.explainNewest(c, 3)) {
                System.out.printf("  EXPLAIN ANALYZE at %d stored items:%n%s%n", stored, plan.indent(4));
            }
        } catch (SQLException e) {
            System.out.println("  EXPLAIN failed: " + e.getMessage());
        }
    }
}
