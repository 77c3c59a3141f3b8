package org.policymonitor.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceType;
import org.policymonitor.ingest.state.SourceError;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policymonitor.ingest.Fixtures.bytes;

/** Polls of local feeds through the production poller, on the real broker and database. */
@QuarkusTest
class PollingTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;
    @Inject
    KafkaItemPublisher publisher;
    @Inject
    Pollers pollers;
    @Inject
    MeterRegistry registry;

    private static List<FeedItem> itemsOf(KafkaTestClient.Subscription sub, String sourceId, int count) {
        return sub.awaitRecords(count, r -> r.value().contains("\"sourceId\":\"" + sourceId + "\""), Deadlines.ARRIVES)
                .stream().map(r -> TestFeeds.item(r.value())).toList();
    }

    private static List<ConsumerRecord<String, String>> drain(KafkaTestClient.Subscription sub, String sourceId) {
        return sub.drain(r -> r.value().contains("\"sourceId\":\"" + sourceId + "\""), Duration.ofSeconds(2));
    }

    @Test
    void newItemsArePublishedOnceAcrossPollsConditionalGetsAndARestart() {
        String id = TestFeeds.uniqueId("belta");
        String path = "/" + id + "/rss";
        infra.server().serveFeed(path, bytes("belta-en.xml"), "application/rss+xml; charset=utf-8", "\"v1\"");
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport first = poller.poll(source, true);
            assertThat(first.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(first.newItems()).isEqualTo(4);
            assertThat(first.unparseableDates()).isEqualTo(1);
            assertThat(first.health()).isEqualTo(SourceHealth.OK);

            List<FeedItem> published = itemsOf(sub, id, 4);
            FeedItem decree = published.stream().filter(i -> i.title().contains("decree")).findFirst().orElseThrow();
            assertThat(decree.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
            assertThat(decree.summary()).startsWith("MINSK, 17 June (BelTA) – Belarus President signed");
            assertThat(decree.guid()).isNull();
            assertThat(decree.sourceName()).isEqualTo("Source " + id);
            assertThat(infra.server().lastUserAgent(path)).startsWith("PolicyMonitor-Ingest/");

            // the same document again: 304, nothing new
            PollReport second = poller.poll(source, true);
            assertThat(second.outcome()).isEqualTo(PollReport.Outcome.NOT_MODIFIED);
            assertThat(second.newItems()).isZero();

            // a changed document: only the new item is published, the others are duplicates
            String once = new String(bytes("belta-en.xml"), StandardCharsets.UTF_8).replaceFirst(Pattern.quote("<item>"),
                    "<item><title>Brand new item</title><link>https://eng.belta.by/society/view/brand-new-1-2026/</link>"
                            + "<pubDate>Fri, 18 Jun 2021 08:00:00 +0300</pubDate></item>\n<item>");
            infra.server().serveFeed(path, once.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "\"v2\"");
            PollReport third = poller.poll(source, true);
            assertThat(third.newItems()).isEqualTo(1);
            assertThat(third.duplicates()).isEqualTo(4);

            // a restarted service (a new poller: nothing in memory) knows what was published
            SourcePoller restarted = pollers.poller("restarted", publisher);
            infra.server().serveFeed(path, once.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "\"v3\"");
            PollReport afterRestart = restarted.poll(source, true);
            assertThat(afterRestart.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(afterRestart.newItems()).isZero();
            assertThat(afterRestart.duplicates()).isEqualTo(5);

            // the fifth record awaited first: the drain's two seconds are the window in which no sixth may come, not
            // the only wait for the fifth (a consumer's fetch can take longer on a loaded machine)
            itemsOf(sub, id, 5);
            assertThat(drain(sub, id)).hasSize(5);
            assertThat(store.publishedCount(id)).isEqualTo(5);
            SourceState state = store.load(id);
            assertThat(state.counters().polls()).isEqualTo(4);
            assertThat(state.counters().itemsPublished()).isEqualTo(5);
            assertThat(state.counters().unparseableDates()).isEqualTo(3);
        }
    }

    /**
     * Some CMSs give every item of a feed one guid (or one per section). A guid that entries with different links
     * share identifies none of them: each is published, known by guid and link, once. The item published under the
     * guid alone before the guid was shared keeps that id, and an item known by guid and link keeps it when the guid
     * is left on it alone — so no poll publishes an item twice. An entry copied whole (same guid, same link) is one
     * item, reported once (log line, metric, recent errors), not at every poll. An empty guid is no guid.
     */
    @Test
    void entriesSharingAGuidAreEachPublishedOnce() {
        String id = TestFeeds.uniqueId("twins");
        String path = "/" + id + "/rss";
        String first = entry("Decree No. 1 on AI", id + "/1", "item-42");
        String second = entry("Law No. 2 on data protection", id + "/2", "item-42");
        String third = entry("Third", id + "/3", "item-43");
        String fourth = entry("Fourth", id + "/4", "");
        String fifth = entry("Fifth", id + "/5", "item-42");
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            serve(path, "v1", first, third);
            assertThat(poller.poll(source, true).newItems()).isEqualTo(2);

            serve(path, "v2", second, first, third, fourth, second);
            PollReport shared = poller.poll(source, true);
            assertThat(shared.newItems()).as("the second entry with guid item-42 and the one with guid=''").isEqualTo(2);
            assertThat(shared.duplicates()).isEqualTo(2);

            serve(path, "v3", fifth, second, first, third, fourth, second);
            assertThat(poller.poll(source, true).newItems()).isEqualTo(1);
            serve(path, "v4", fifth, second, first, third, fourth, second);
            assertThat(poller.poll(source, true).newItems()).as("the same document again").isZero();
            serve(path, "v5", second, third);
            assertThat(poller.poll(source, true).newItems()).as("guid item-42 left on one entry").isZero();

            assertThat(itemsOf(sub, id, 5)).extracting(FeedItem::title).containsExactlyInAnyOrder("Decree No. 1 on AI",
                    "Third", "Law No. 2 on data protection", "Fourth", "Fifth");
            assertThat(drain(sub, id)).as("every record of the source, each item once").hasSize(5);
        }
        assertThat(store.publishedCount(id)).isEqualTo(5);
        assertThat(repeated(id)).as("the copied entry, once").isEqualTo(1.0);
        assertThat(store.recentErrors(id, 10)).extracting(SourceError::reason).containsExactly("repeated_id");
        assertThat(store.recentErrors(id, 10).get(0).message()).contains("item-42", "Law No. 2 on data protection");
    }

    private static String entry(String title, String path, String guid) {
        return "<item><title>" + title + "</title><link>https://news.example/" + path + "</link>"
                + "<guid isPermaLink=\"false\">" + guid + "</guid></item>";
    }

    private void serve(String path, String etag, String... entries) {
        String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + String.join("", entries) + "</channel></rss>";
        infra.server().serveFeed(path, feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "\"" + etag + "\"");
    }

    private double repeated(String sourceId) {
        Counter counter = registry.find("policy.ingest.items.repeated").tag("source", sourceId).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Bidi overrides and zero-width characters in a feed's text (a "Trojan Source" title, a soft hyphen inside a word)
     * are invisible to a reader but reorder what alerts and the console show and split words for search and the
     * rules: they are removed from the text that is published.
     */
    @Test
    void invisibleFormatCharactersAreRemovedFromPublishedText() {
        String id = TestFeeds.uniqueId("bidi");
        String path = "/" + id + "/rss";
        String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Pay \u202Ewal IA\u202C now: инте\u00ADллект\u200B, Лука\u200Dшенко\u2066 signs\u2069\uFEFF</title>"
                + "<link>https://news.example/" + id + "/1</link>"
                + "<description>A lead\u200F with\u2060 marks &#x202E;reversed</description>"
                + "<category>AI\u200B law</category><author>Ann\u200E Author</author></item></channel></rss>";
        infra.server().serveFeed(path, feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "\"v1\"");
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            assertThat(poller.poll(source, true).newItems()).isEqualTo(1);
            FeedItem item = itemsOf(sub, id, 1).get(0);
            assertThat(item.title()).isEqualTo("Pay wal IA now: интеллект, Лукашенко signs");
            assertThat(item.summary()).isEqualTo("A lead with marks reversed");
            assertThat(item.categories()).containsExactly("AI law");
            assertThat(item.author()).isEqualTo("Ann Author");
        }
    }

    @Test
    void russianWindows1251FeedAndTheThreeListingsArePublished() {
        String id = TestFeeds.uniqueId("belta-ru");
        infra.server().serve("/" + id + "/rss", Reply.of(200, "text/xml", bytes("belta-ru-windows-1251.xml")));
        String nasb = TestFeeds.uniqueId("nasb");
        infra.server().serve("/" + nasb + "/eng/news/", Reply.of(200, "text/html; charset=utf-8", bytes("nasb-listing.html")));
        String president = TestFeeds.uniqueId("president");
        infra.server().serve("/" + president + "/en/events", Reply.of(200, "text/html", bytes("president-listing.html")));
        String undp = TestFeeds.uniqueId("undp");
        infra.server().serve("/" + undp + "/belarus/news", Reply.of(200, "text/html", bytes("undp-listing.html")));
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            assertThat(poller.poll(TestFeeds.source(id, TestFeeds.endpoint(SourceType.RSS, infra.server().url("/" + id + "/rss")), null, "ru"), true).newItems()).isEqualTo(2);
            FeedItem ru = itemsOf(sub, id, 2).stream().filter(i -> i.title().startsWith("Лукашенко")).findFirst().orElseThrow();
            assertThat(ru.language()).isEqualTo("ru");
            assertThat(ru.summary()).contains("«Беларуси»");

            Endpoint nasbListing = new Endpoint(SourceType.HTML, URI.create(infra.server().url("/" + nasb + "/eng/news/")),
                    new Selectors("div.news-item", "a[href]", "a[href]", ".date", "p"), com.google.re2j.Pattern.compile("/eng/news/\\d+/"));
            assertThat(poller.poll(TestFeeds.source(nasb, nasbListing, null, "en"), true).newItems()).isEqualTo(3);
            assertThat(itemsOf(sub, nasb, 3)).extracting(FeedItem::publishedAt).contains(OffsetDateTime.parse("2025-03-04T00:00+03:00"));

            Endpoint presidentListing = Endpoint.listing(URI.create(infra.server().url("/" + president + "/en/events")),
                    new Selectors("li.news-card", "a.news-card__title", "a.news-card__title", "time[data-datetime]", ".news-card__text"));
            assertThat(poller.poll(TestFeeds.source(president, presidentListing, null, "en"), true).newItems()).isEqualTo(2);
            assertThat(itemsOf(sub, president, 2)).extracting(FeedItem::link)
                    .contains(infra.server().url("/en/events/meeting-on-the-development-of-artificial-intelligence"));

            Endpoint undpListing = Endpoint.listing(URI.create(infra.server().url("/" + undp + "/belarus/news")),
                    new Selectors("div.content-card", "a[href]", "h4", "h6.date", "p"));
            assertThat(poller.poll(TestFeeds.source(undp, undpListing, null, "en"), true).newItems()).isEqualTo(2);
            assertThat(itemsOf(sub, undp, 2)).extracting(FeedItem::title).contains("UNDP supports e-government services in Belarus");
        }
    }

    @Test
    void theListingFallbackServesWhenTheFeedAnswers404() {
        String id = TestFeeds.uniqueId("belta-fb");
        String listing = "<html><body><div class='news_item lenta_item'><a href='/en/view/one-1-2026/'>"
                + "<span class='lenta_item_title'>Listing item one</span></a><span class='lenta_textsmall'>Lead one</span></div>"
                + "<div class='news_item lenta_item'><a href='/en/view/two-2-2026/'><span class='lenta_item_title'>Listing item two</span></a></div></body></html>";
        infra.server().serve("/" + id + "/all_news/page/1/", Reply.of(200, "text/html", listing.getBytes(StandardCharsets.UTF_8)));
        Endpoint fallback = Endpoint.listing(URI.create(infra.server().url("/" + id + "/all_news/page/1/")),
                new Selectors("div.news_item.lenta_item", "a[href]", "span.lenta_item_title", null, "span.lenta_textsmall"));
        SourceDefinition source = TestFeeds.source(id, TestFeeds.endpoint(SourceType.RSS, infra.server().url("/" + id + "/rss")), fallback, "en");
        PollReport report = poller.poll(source, true);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.via()).isEqualTo("fallback");
        assertThat(report.newItems()).isEqualTo(2);
        assertThat(report.error()).contains("primary failed").contains("HTTP 404");
        assertThat(store.recentErrors(id, 5)).extracting(e -> e.reason()).containsExactly("http_status");
    }

    /**
     * A feed that held items and now answers a valid but empty {@code <channel>} (a CMS that lost its query, a feed
     * cut to nothing) is broken, not quiet: it fails at once, naming what it held, and the fallback is read. A new
     * feed that never held an item is no failure (it turns silent after its cadence). Until 6 December 2026 the
     * empty feed was a good poll: the source stayed "ok" until its cadence ran out and then read "nothing new since".
     */
    @Test
    void aFeedThatHeldItemsAndTurnsEmptyFailsAndItsFallbackIsRead() {
        String id = TestFeeds.uniqueId("emptied");
        String path = "/" + id + "/rss";
        byte[] empty = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                + "<link>http://x.example/</link><description>News</description></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        infra.server().serve(path, Reply.of(200, "application/rss+xml", empty));
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        PollReport fresh = poller.poll(source, true);
        assertThat(fresh.outcome()).isEqualTo(PollReport.Outcome.POLLED); // a new feed, nothing in it yet
        assertThat(fresh.health()).isEqualTo(SourceHealth.OK);

        infra.server().serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 3)));
        assertThat(poller.poll(source, true).newItems()).isEqualTo(3);
        infra.server().serve(path, Reply.of(200, "application/rss+xml", empty));
        PollReport emptied = poller.poll(source, true);
        assertThat(emptied.outcome()).as(emptied.error()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(emptied.errorReason()).isEqualTo(FailureReason.PARSE_ERROR);
        assertThat(emptied.error()).contains("the feed holds no items");
        assertThat(emptied.health()).isEqualTo(SourceHealth.FAILING);
        assertThat(store.recentErrors(id, 5)).extracting(SourceError::reason).containsExactly("parse_error");

        String listing = "<html><body><div class='item'><a href='/" + id + "/news/4'>Item four</a></div></body></html>";
        infra.server().serve("/" + id + "/news/", Reply.of(200, "text/html", listing.getBytes(StandardCharsets.UTF_8)));
        SourceDefinition withFallback = TestFeeds.source(id, TestFeeds.endpoint(SourceType.RSS, infra.server().url(path)),
                Endpoint.listing(URI.create(infra.server().url("/" + id + "/news/")),
                        new Selectors("div.item", "a[href]", "a", null, null)), "en");
        PollReport fallback = poller.poll(withFallback, true);
        assertThat(fallback.via()).isEqualTo("fallback");
        assertThat(fallback.newItems()).isEqualTo(1);
        assertThat(fallback.error()).contains("primary failed").contains("the feed holds no items");
    }

    /**
     * A catalogued URL that answers 301 or 308 has moved for good: the poll reads the new place, and says so — in the
     * poll's answer, the source's health reason and the log — so that an operator updates the catalogue (before, the
     * move was silent: two requests every poll, and the day the old address goes the source just fails). A 302 is a
     * temporary detour and is not reported.
     */
    @Test
    void aSourceThatMovedPermanentlyIsReadAtItsNewPlaceAndTheMoveIsSaid() {
        String id = TestFeeds.uniqueId("moved");
        infra.server().serve("/" + id + "/rss", Reply.of(301, null, new byte[0]).header("Location", "/" + id + "/feed/"));
        infra.server().serveFeed("/" + id + "/feed/", TestFeeds.rss(id, 1, 2), "application/rss+xml", "\"m1\"");
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url("/" + id + "/rss"));
        PollReport report = poller.poll(source, true);
        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.newItems()).isEqualTo(2);
        String moved = "moved permanently (HTTP 301) to " + infra.server().url("/" + id + "/feed/")
                + ": update the catalogue";
        assertThat(report.error()).contains(moved);
        assertThat(store.load(id).health().reason()).contains(moved);

        String temporary = TestFeeds.uniqueId("detour");
        infra.server().serve("/" + temporary + "/rss", Reply.of(302, null, new byte[0])
                .header("Location", "/" + temporary + "/feed/"));
        infra.server().serveFeed("/" + temporary + "/feed/", TestFeeds.rss(temporary, 1, 1), "application/rss+xml", "\"t1\"");
        PollReport detour = poller.poll(TestFeeds.feedSource(temporary, infra.server().url("/" + temporary + "/rss")), true);
        assertThat(detour.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(detour.error()).isNull();
    }

    @Test
    void everyKindOfBrokenSourceFailsWithItsReasonAndTheServiceCarriesOn() {
        byte[] big = new byte[1_200_000];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("<rss version=\"2.0\">".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 19);
        // the test profile's read timeout is sized for a loaded machine; the slow answer's poller gives up after 2 s
        SourcePoller impatient = pollers.withReadTimeout("impatient", publisher, Duration.ofSeconds(2));
        Object[][] cases = {
                {poller, Reply.text(404, "Not Found"), FailureReason.HTTP_STATUS, "HTTP 404"},
                {poller, Reply.text(500, "boom"), FailureReason.HTTP_STATUS, "HTTP 500"},
                {poller, Reply.text(503, "busy").header("Retry-After", "7200"), FailureReason.HTTP_STATUS, "retry after 7200 s"},
                {impatient, Reply.of(200, "application/rss+xml", bytes("belta-en.xml")).delayed(Duration.ofSeconds(5)), FailureReason.TIMEOUT, "timeout"},
                // the fixture is a site's "404 Not Found" page answered with 200: said as such since 7 December 2026
                {poller, Reply.of(200, "text/html", bytes("not-a-feed.html")), FailureReason.NOT_A_FEED,
                        "got a page that says the page is not found (404 Not Found), answered with 200"},
                {poller, Reply.of(200, "application/rss+xml", "Bad Gateway".getBytes(StandardCharsets.US_ASCII)), FailureReason.EMPTY_BODY, "11 bytes"},
                {poller, Reply.of(200, "application/rss+xml", bytes("truncated.xml")), FailureReason.PARSE_ERROR, "XML"},
                {poller, Reply.of(200, "application/xml", bytes("xxe.xml")), FailureReason.REFUSED, "DOCTYPE"},
                {poller, Reply.of(200, "application/xml", bytes("billion-laughs.xml")), FailureReason.REFUSED, "DOCTYPE"},
                {poller, Reply.of(200, "application/rss+xml", big), FailureReason.TOO_LARGE, "larger than 1048576"},
        };
        try (KafkaTestClient.Subscription status = infra.kafka().subscribe(Topics.SOURCES_STATUS)) {
            for (Object[] c : cases) {
                String id = TestFeeds.uniqueId("broken");
                infra.server().serve("/" + id, (Reply) c[1]);
                SourceDefinition source = TestFeeds.feedSource(id, infra.server().url("/" + id));
                PollReport report = ((SourcePoller) c[0]).poll(source, true);
                assertThat(report.outcome()).as(id + " " + c[2]).isEqualTo(PollReport.Outcome.FAILED);
                assertThat(report.errorReason()).as(report.error()).isEqualTo(c[2]);
                assertThat(report.error()).containsIgnoringCase((String) c[3]);
                assertThat(report.health()).isEqualTo(SourceHealth.FAILING);
                SourceState state = store.load(id);
                assertThat(state.schedule().consecutiveFailures()).isEqualTo(1);
                assertThat(state.schedule().nextPollAt()).isAfter(Instant.now());
                if (c[3].equals("retry after 7200 s")) {
                    assertThat(state.schedule().nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(119)));
                }
                SourceStatus event = EventJson.fromJson(status.awaitRecords(1, r -> r.key().equals(id), Deadlines.ARRIVES)
                        .get(0).value(), SourceStatus.class);
                assertThat(event.health()).isEqualTo(SourceHealth.FAILING);
                assertThat(event.reason()).startsWith(((FailureReason) c[2]).wire());
            }

            // the service carries on: a source that was broken recovers, and says so
            String id = TestFeeds.uniqueId("recovering");
            infra.server().serve("/" + id, Reply.text(500, "boom"));
            SourceDefinition source = TestFeeds.feedSource(id, infra.server().url("/" + id));
            assertThat(poller.poll(source, true).health()).isEqualTo(SourceHealth.FAILING);
            assertThat(poller.poll(source, true).health()).isEqualTo(SourceHealth.FAILING);
            assertThat(store.load(id).schedule().consecutiveFailures()).isEqualTo(2);
            infra.server().serve("/" + id, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 3)));
            PollReport recovered = poller.poll(source, true);
            assertThat(recovered.health()).isEqualTo(SourceHealth.RECOVERED);
            assertThat(recovered.newItems()).isEqualTo(3);
            infra.server().serve("/" + id, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 4)));
            assertThat(poller.poll(source, true).health()).isEqualTo(SourceHealth.OK);
            List<SourceHealth> changes = status.awaitRecords(3, r -> r.key().equals(id), Deadlines.ARRIVES).stream()
                    .map(r -> EventJson.fromJson(r.value(), SourceStatus.class).health()).toList();
            assertThat(changes).containsExactly(SourceHealth.FAILING, SourceHealth.RECOVERED, SourceHealth.OK);
            assertThat(store.recentErrors(id, 10)).hasSize(2);
        }
    }
}
