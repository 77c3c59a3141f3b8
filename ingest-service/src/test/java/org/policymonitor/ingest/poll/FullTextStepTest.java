package org.policymonitor.ingest.poll;

import org.junit.jupiter.api.Test;
import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.article.ArticleFailure;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.source.SourceDefinition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The poll's full-text step as pure logic: content, the cap, the time budget and sources without full text. */
class FullTextStepTest {

    private final AtomicLong clock = new AtomicLong();
    private final SourceDefinition source = TestFeeds.fullTextSource("ft", "https://news.example/rss", null);

    private static FeedItem item(int n) {
        return FeedItem.of("ft", "FT", "https://news.example/a/" + n + "/", null, "Item " + n, "Lead " + n,
                "feed content " + n, "en", List.of(), null, null, null, Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void articlesAfterTheBudgetIsSpentGoOutWithTheirFeedFields() {
        // each article read takes 50 s of the 120 s budget: the third starts at 100 s, the fourth would at 150 s
        FullTextStep step = new FullTextStep((s, url) -> {
            clock.addAndGet(Duration.ofSeconds(50).toNanos());
            return ArticleText.text(200, "Main text of " + url);
        }, Duration.ofMinutes(2), clock::get);

        List<FullTextStep.Read> reads = step.read(source, List.of(item(1), item(2), item(3), item(4)));

        assertThat(reads).extracting(r -> r.item().content()).containsExactly("Main text of https://news.example/a/1/",
                "Main text of https://news.example/a/2/", "Main text of https://news.example/a/3/", "feed content 4");
        assertThat(ArticleFailure.of(reads.get(3).article())).isEqualTo(ArticleFailure.POLL_BUDGET);
        assertThat(reads.get(3).article().reason()).isEqualTo("poll_budget: the poll's full-text budget of 120 s was spent on earlier articles");
        assertThat(reads).extracting(r -> r.item().id()).containsExactly(item(1).id(), item(2).id(), item(3).id(), item(4).id());
    }

    @Test
    void theMainTextIsCappedLikeFeedContent() {
        String huge = "word ".repeat(30_000); // 150 000 characters
        FullTextStep step = new FullTextStep((s, url) -> ArticleText.text(200, huge), Duration.ofMinutes(2));

        FeedItem published = step.read(source, List.of(item(1))).get(0).item();

        assertThat(published.content()).hasSizeLessThanOrEqualTo(FieldLimits.CONTENT_CHARS).endsWith("…");
    }

    @Test
    void sourcesWithoutFullTextAreNotRead() {
        FullTextStep step = new FullTextStep((s, url) -> {
            throw new AssertionError("no article may be read for " + url);
        }, Duration.ofMinutes(2));

        List<FullTextStep.Read> reads = step.read(TestFeeds.feedSource("plain", "https://news.example/rss"), List.of(item(1)));

        assertThat(reads.get(0).item()).isEqualTo(item(1));
        assertThat(reads.get(0).article()).isNull();
    }
}
