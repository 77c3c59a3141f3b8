package org.policymonitor.alert.support;

import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Classified items as the classifier publishes them, for tests. */
public final class TestItems {

    private TestItems() {
    }

    /** A source id nobody else in the test run uses, so each test sees only its own items and alerts. */
    public static String uniqueSource(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static FeedItem feedItem(String sourceId, String title, String summary, String language) {
        String guid = UUID.randomUUID().toString();
        return FeedItem.of(sourceId, "Source " + sourceId, "https://example.org/news/" + guid, guid, title, summary,
                null, language, List.of("Politics"), null,
                OffsetDateTime.of(2026, 1, 15, 10, 30, 0, 0, ZoneOffset.ofHours(3)), null,
                Instant.parse("2026-01-15T08:00:00Z"));
    }

    /** Tagged ai-law (+ umbrella) because «модельный закон» is in the title. */
    public static ClassifiedItem modelLawItem(String sourceId, String title) {
        FeedItem item = feedItem(sourceId, title, "Депутаты обсудили проект документа.", "ru");
        int start = Math.max(0, title.indexOf("модельный закон"));
        Evidence evidence = new Evidence("title", "модельный закон", start, start + "модельный закон".length(),
                "ai-law.model-law");
        return new ClassifiedItem(item, List.of(
                new Tag("ai-law", List.of("ai-law.model-law"), List.of(evidence)),
                new Tag("artificial-intelligence", List.of("ai.umbrella"), List.of())),
                "rules-1", Instant.now());
    }

    public static ClassifiedItem tagged(FeedItem item, String theme, String matched) {
        String title = item.title() == null ? "" : item.title();
        int start = Math.max(0, title.indexOf(matched));
        return new ClassifiedItem(item, List.of(new Tag(theme, List.of(theme + ".rule"),
                List.of(new Evidence("title", matched, start, start + matched.length(), theme + ".rule")))),
                "rules-1", Instant.now());
    }

    /** Tagged with one theme, its rules and this evidence, as the classifier tags an item. */
    public static ClassifiedItem tagged(FeedItem item, String theme, List<String> rules, List<Evidence> evidence) {
        return new ClassifiedItem(item, List.of(new Tag(theme, rules, evidence)), "rules-1", Instant.now());
    }

    /**
     * The system benchmark's i-th item ({@code system-tests} BenchItems: {@link BenchmarkNews}' mix), fetched at
     * {@code fetchedAt} and published then in Minsk's offset, its link under {@code run}.
     */
    public static FeedItem benchmarkNews(String sourceId, String run, int i, Instant fetchedAt) {
        BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
        String link = "https://news.bench.example.org/" + run + "/" + i;
        return FeedItem.of(sourceId, "Benchmark News", link, link, BenchmarkNews.title(kind, i), BenchmarkNews.text(kind, i),
                null, "en", List.of("News"), null, OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.ofHours(3)), null, fetchedAt);
    }

    public static ClassifiedItem untagged(FeedItem item) {
        return new ClassifiedItem(item, List.of(), "rules-1", Instant.now());
    }

    public static String json(Object event) {
        return EventJson.toJson(event);
    }
}
