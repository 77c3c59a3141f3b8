package org.policymonitor.alert.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.ingest.ItemStore;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Cost of the story grouping per item as the archive grows to 100,000 items (not part of the default build; prints,
 * does not assert on time). Synthetic BelTA-like items — one to three versions (en/ru/be) of each event, acts,
 * officials, institutions, amounts — spread over a year (about 270 a day, BelTA's order of magnitude) are stored
 * through {@link ItemStore} in batches of 500, as the consumer does; the grouping's own timer
 * ({@code policy_alert_story_grouping_seconds}) is read for each slice of 10,000 items.
 * <p>
 * Run: {@code ./mvnw -B -f alert-service/pom.xml verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=StoryGroupingBenchmark [-Dbench.storyItems=100000]}
 */
@QuarkusTest
@Tag("benchmark")
class StoryGroupingBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.storyItems", 100_000);
    private static final int SLICE = 10_000;
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

    @Test
    void groupingCostPerItemAsTheArchiveGrows() {
        Random random = new Random(42);
        Instant start = Instant.parse("2030-01-01T06:00:00Z");
        double secondsPerItem = 365.0 * 86400 / ITEMS;
        String run = Long.toHexString(System.nanoTime());
        // the same meter the grouping records into (the bean registers it when first used)
        Timer timer = registry.timer("policy.alert.story.grouping");
        List<ClassifiedItem> batch = new ArrayList<>();
        int n = 0;
        int event = 0;
        long sliceCount = timer.count();
        double sliceNanos = timer.totalTime(TimeUnit.NANOSECONDS);
        long wall = System.nanoTime();
        int nextSlice = SLICE;
        System.out.printf("story grouping benchmark: %d items%n", ITEMS);
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
            if (batch.size() >= 500 || n == ITEMS) {
                store.store(batch);
                batch.clear();
            }
            if (n >= nextSlice || n == ITEMS) {
                nextSlice += SLICE;
                long count = timer.count() - sliceCount;
                double nanos = timer.totalTime(TimeUnit.NANOSECONDS) - sliceNanos;
                System.out.printf("  items %6d: grouping %.2f ms per item (mean over the last %d), max so far %.1f ms, "
                                + "wall %.1f s%n", n, nanos / Math.max(1, count) / 1e6, count,
                        timer.max(TimeUnit.MILLISECONDS), (System.nanoTime() - wall) / 1e9);
                sliceCount = timer.count();
                sliceNanos = timer.totalTime(TimeUnit.NANOSECONDS);
            }
        }
    }
}
