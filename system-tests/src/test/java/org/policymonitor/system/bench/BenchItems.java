package org.policymonitor.system.bench;

import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The benchmark's news items ({@code testing}'s {@link BenchmarkNews}) as feed items. Every item has its own link,
 * so its own id.
 */
final class BenchItems {

    private BenchItems() {
    }

    static FeedItem item(String sourceId, String run, int i, BenchmarkNews.Kind kind, Instant fetchedAt) {
        String link = "https://news.bench.example.org/" + run + "/" + i;
        return FeedItem.of(sourceId, "Benchmark News", link, link, BenchmarkNews.title(kind, i), BenchmarkNews.text(kind, i),
                null, "en", List.of("News"), null, OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.ofHours(3)), null, fetchedAt);
    }
}
