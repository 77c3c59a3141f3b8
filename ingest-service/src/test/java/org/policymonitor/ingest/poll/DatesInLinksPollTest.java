package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing that shows no date beside its headlines while its links carry one — WordPress's default permalinks
 * ({@code /2026/12/05/slug/}), news sites' {@code /news/2026-12-04-slug.html} (newuser-ingest3, 7 December 2026).
 * Until then its items went out undated, at the end of the newest-first inbox, though the page said when.
 */
@QuarkusTest
class DatesInLinksPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;

    @Test
    void aListingItemWithoutADateIsDatedByTheDayItsLinkNamesAndAWrittenDateStillWins() {
        String id = TestFeeds.uniqueId("linkdate");
        String path = "/" + id + "/news/";
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", """
                <html><head><meta charset="utf-8"></head><body>
                <div class="post"><h2><a href="/2026/12/05/ai-decree/">Decree on artificial intelligence</a></h2></div>
                <div class="post"><h2><a href="/news/2026-12-04-data-standard.html">Data standard adopted</a></h2></div>
                <div class="post"><h2><a href="/2026/12/03/ai-centre/">AI centre opened</a></h2>
                  <span class="date">2 December 2026 18:30</span></div>
                <div class="post"><h2><a href="/2026/13/45/typo/">A link whose numbers are no date</a></h2></div>
                <div class="post"><h2><a href="/news/2025/">Archive of 2025</a></h2></div>
                </body></html>""".getBytes(StandardCharsets.UTF_8)));
        SourceDefinition listing = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.post", null, "h2", "span.date", null)), null, "en");

        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(listing, true);
            assertThat(report.newItems()).as(report.error()).isEqualTo(5);
            Map<String, String> dates = sub.awaitRecords(5, r -> r.value().contains("\"sourceId\":\"" + id + "\""),
                    Deadlines.ARRIVES).stream().map(r -> TestFeeds.item(r.value()))
                    .collect(Collectors.toMap(FeedItem::title, i -> String.valueOf(i.publishedAt())));
            assertThat(dates).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Decree on artificial intelligence", "2026-12-05T00:00+03:00",
                    "Data standard adopted", "2026-12-04T00:00+03:00",
                    "AI centre opened", "2026-12-02T18:30+03:00",
                    "A link whose numbers are no date", "null",
                    "Archive of 2025", "null"));
        }
    }
}
