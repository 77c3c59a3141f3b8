package org.policymonitor.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.RecordingPublisher;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Paging;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A listing that published more between two polls than its first page shows (BelTA posts 40+ items an hour on busy
 * days; a poller back from an outage finds a first page that no longer holds what it missed), polled over real HTTP
 * into the real broker. Until 7 December 2026 a poll read the first page only: the items that had scrolled to the
 * next pages were never published, and nothing said so (trial29). Now the next pages are read while everything on
 * them is new, bounded, and a poll that had to stop before an item it had seen says a gap may be there.
 */
@QuarkusTest
class ListingPagesPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    private static final int PAGE_SIZE = 5;

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;
    @Inject
    Pollers pollers;
    @Inject
    ItemPublisher service;
    @Inject
    MeterRegistry registry;

    /**
     * A news site: its items newest first, {@value #PAGE_SIZE} a page, page 1 at {@code /<id>/news/} and page n at
     * {@code /<id>/news/page/n/}, each page linking the next with a pager's "Следующая" link (the last page none).
     * Item k is dated k minutes after 09:00 on 7 December 2026.
     */
    private static final class Site {
        final String id = TestFeeds.uniqueId("pages");
        final List<Integer> items = Collections.synchronizedList(new ArrayList<>());
        /** the next-page link of page n, or null; by default the pager's link to page n + 1 while there are more */
        volatile IntFunction<String> nextLink = this::pagerLink;

        String first() {
            return "/" + id + "/news/";
        }

        String page(int n) {
            return n == 1 ? first() : "/" + id + "/news/page/" + n + "/";
        }

        String url(int n) {
            return infra.server().url(page(n));
        }

        String pagerLink(int n) {
            return n * PAGE_SIZE < items.size() ? page(n + 1) : null;
        }

        /** Publishes items {@code from..to} on the site (the newest on top). */
        Site publish(int from, int to) {
            for (int k = from; k <= to; k++) {
                items.add(0, k);
            }
            return this;
        }

        Site serve(int pages) {
            for (int n = 1; n <= pages; n++) {
                int page = n;
                infra.server().serve(page(n), ex -> Reply.of(200, "text/html; charset=utf-8",
                        html(page).getBytes(StandardCharsets.UTF_8)));
            }
            return this;
        }

        String html(int n) {
            StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><title>Новости</title></head>"
                    + "<body><div class=\"news\">");
            List<Integer> all;
            synchronized (items) {
                all = new ArrayList<>(items);
            }
            for (int i = (n - 1) * PAGE_SIZE; i < Math.min(all.size(), n * PAGE_SIZE); i++) {
                int k = all.get(i);
                b.append("<div class=\"item\"><a href=\"/").append(id).append("/view/item-").append(k)
                        .append("/\">Новость номер ").append(k).append(" о цифровой политике</a><time datetime=\"")
                        .append(String.format("2026-12-07T%02d:%02d:00+03:00", 9 + k / 60, k % 60))
                        .append("\">07.12.2026</time></div>");
            }
            b.append("</div>");
            String next = nextLink.apply(n);
            if (next != null) {
                b.append("<div class=\"pagination\"><a href=\"").append(next).append("\">Следующая</a></div>");
            }
            return b.append("</body></html>").toString();
        }

        SourceDefinition source() {
            return source(Paging.DEFAULT);
        }

        SourceDefinition source(Paging paging) {
            return TestFeeds.source(id, new Endpoint(SourceType.HTML, URI.create(url(1)),
                    new Selectors("div.item", null, null, "time", null), null, null, paging), null, "ru");
        }

        String link(int k) {
            return infra.server().url("/" + id + "/view/item-" + k + "/");
        }
    }

    @Test
    void aBurstLargerThanAPageIsReadFromTheNextPagesEachItemPublishedOnceInOrder() {
        Site site = new Site().publish(1, 8).serve(8);
        RecordingPublisher order = new RecordingPublisher(service);
        SourcePoller instance = pollers.poller("pages-" + site.id, order);
        SourceDefinition source = site.source();

        List<FeedItem> published;
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport first = instance.poll(source, true);
            assertThat(first.newItems()).as("the first poll of a new source").isEqualTo(PAGE_SIZE);
            assertThat(infra.server().hits(site.page(2))).as("a new source's archive is not crawled").isZero();

            site.publish(9, 20); // 12 new: pages 1 and 2, and 2 of page 3, above the items published before
            order.clear();
            PollReport burst = instance.poll(source, true);
            assertThat(burst.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(burst.newItems()).isEqualTo(12);
            assertThat(burst.pages()).isEqualTo(3);
            assertThat(burst.gap()).isNull();
            published = sub.awaitRecords(PAGE_SIZE + 12, r -> r.value().contains("\"sourceId\":\"" + site.id + "\""),
                    Deadlines.ARRIVES).stream().map(r -> TestFeeds.item(r.value())).toList();
        }
        List<String> all = new ArrayList<>();
        for (int k = 4; k <= 20; k++) {
            all.add(site.link(k));
        }
        assertThat(published).as("each item in Kafka once").extracting(FeedItem::link).containsExactlyInAnyOrderElementsOf(all);
        List<String> expected = all.subList(PAGE_SIZE, all.size());
        assertThat(order.links()).as("oldest first").containsExactlyElementsOf(expected);
        assertThat(infra.server().hits(site.page(4))).isZero();

        site.publish(21, 22);
        int page2 = infra.server().hits(site.page(2));
        PollReport next = instance.poll(source, true);
        assertThat(next.newItems()).isEqualTo(2);
        assertThat(next.pages()).isEqualTo(1);
        assertThat(infra.server().hits(site.page(2))).as("the first page held items seen: no further page").isEqualTo(page2);
        assertThat(store.publishedCount(site.id)).isEqualTo(PAGE_SIZE + 12 + 2);
    }

    @Test
    void theFirstPollOfANewSourceReadsOnePageAndReportsNoGap() {
        Site site = new Site().publish(1, 12).serve(3);

        PollReport report = poller.poll(site.source(), true);

        assertThat(report.newItems()).isEqualTo(PAGE_SIZE);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.gap()).isNull();
        assertThat(report.error()).isNull();
        assertThat(infra.server().hits(site.page(2))).isZero();
        assertThat(store.gapStates()).doesNotContainKey(site.id);
    }

    @Test
    void sixPagesAllNewWithALimitOfFiveAreAGapNamingTheLastPageRead() {
        Site site = new Site().publish(1, 5).serve(7);
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 35); // 30 new: six pages

        PollReport report = poller.poll(source, true);

        assertThat(report.outcome()).as("a gap never fails the poll").isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.newItems()).isEqualTo(25);
        assertThat(report.pages()).isEqualTo(5);
        assertThat(report.gap()).isEqualTo("page_limit");
        assertThat(report.error()).contains("possible gap: all 25 items of the 5 pages read were new",
                "the page limit (5, policy.poller.max-pages)", site.url(6), "last page read (" + site.url(5) + ")");
        assertThat(infra.server().hits(site.page(6))).isZero();
        assertThat(store.load(site.id).health().reason()).contains("possible gap", site.url(5));
        assertThat(store.recentErrors(site.id, 5)).extracting(SourceError::reason, SourceError::url)
                .contains(tuple("gap", site.url(5)));
        assertThat(store.gapStates().get(site.id)).satisfies(g -> {
            assertThat(g.gaps()).isEqualTo(1);
            assertThat(g.lastReason()).isEqualTo("page_limit");
            assertThat(g.lastPage()).isEqualTo(site.url(5));
            assertThat(g.pagesRead()).isEqualTo(5);
        });
        Counter gaps = registry.find("policy.ingest.gaps").tag("source", site.id).tag("reason", "page_limit").counter();
        assertThat(gaps).isNotNull();
        assertThat(gaps.count()).isEqualTo(1.0);
    }

    @Test
    void aSourcesOwnMaxPagesBoundsItsPolls() {
        Site site = new Site().publish(1, 5).serve(4);
        SourceDefinition source = site.source(new Paging(null, 2));
        poller.poll(source, true);
        site.publish(6, 20);

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(10);
        assertThat(report.pages()).isEqualTo(2);
        assertThat(report.error()).contains("the page limit (2, the source's maxPages)");
        assertThat(infra.server().hits(site.page(3))).isZero();
    }

    @Test
    void aNextLinkToAnotherSiteIsNotFollowedAndReported() {
        Site site = new Site().publish(1, 5).serve(3);
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 15);
        // the same server under another name is another site
        site.nextLink = n -> "http://localhost:" + infra.server().port() + site.page(n + 1);

        PollReport report = poller.poll(source, true);

        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.newItems()).isEqualTo(5);
        assertThat(report.gap()).isEqualTo("other_site");
        assertThat(report.error()).contains("is on another site", "localhost");
        assertThat(infra.server().hits(site.page(2))).isZero();
    }

    @Test
    void aNextLinkToThePageItselfIsNoNextPageAndReported() {
        Site site = new Site().publish(1, 5).serve(3);
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 15);
        site.nextLink = site::page;

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(5);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.gap()).isEqualTo("no_next_page");
        assertThat(report.error()).contains("links no next page");
        assertThat(infra.server().hits(site.page(1))).isEqualTo(2);
    }

    @Test
    void pagesLinkingInALoopAreReadOnceAndReported() {
        Site site = new Site().publish(1, 5).serve(4);
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 20);
        site.nextLink = n -> n == 3 ? site.page(2) : site.page(n + 1); // 1 → 2 → 3 → 2

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(15);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.gap()).isEqualTo("loop");
        assertThat(report.error()).contains("was read already in this poll");
        assertThat(infra.server().hits(site.page(2))).isEqualTo(1);
    }

    @Test
    void aSiteAnsweringEveryPageNumberWithTheFirstPageStopsAtOnce() {
        Site site = new Site().publish(1, 5);
        infra.server().serve(site.first(), ex -> Reply.of(200, "text/html; charset=utf-8",
                site.html(1).getBytes(StandardCharsets.UTF_8)));
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 15);
        for (int n = 2; n <= 6; n++) {
            infra.server().serve(site.page(n), ex -> Reply.of(200, "text/html; charset=utf-8",
                    site.html(1).getBytes(StandardCharsets.UTF_8)));
        }

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(5);
        assertThat(report.gap()).isEqualTo("loop");
        assertThat(report.error()).contains("showed only items read on earlier pages");
        assertThat(infra.server().hits(site.page(3))).isZero();
    }

    @Test
    void aNextPageThatFailsKeepsWhatWasReadAndIsAGap() {
        Site site = new Site().publish(1, 5).serve(1);
        SourceDefinition source = site.source();
        poller.poll(source, true);
        site.publish(6, 15); // page 2 is linked but answers 404

        PollReport report = poller.poll(source, true);

        assertThat(report.outcome()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(report.newItems()).isEqualTo(5);
        assertThat(report.gap()).isEqualTo("page_failed");
        assertThat(report.error()).contains(site.url(2), "could not be read", "404");
    }

    @Test
    void anOperatorsUrlTemplateReadsASiteThatCountsPagesFromZero() {
        // UNDP's listing: ?page=1 is the second page, and this one links no pager at all
        Site site = new Site().publish(1, 5);
        site.nextLink = n -> null;
        infra.server().serve(site.first(), ex -> {
            String query = ex.getRequestURI().getQuery();
            int n = query == null ? 1 : Integer.parseInt(query.substring("page=".length())) + 1;
            return Reply.of(200, "text/html; charset=utf-8", site.html(n).getBytes(StandardCharsets.UTF_8));
        });
        SourceDefinition source = site.source(new Paging("?page={page0}", null));
        poller.poll(source, true);
        site.publish(6, 17);

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(12);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.gap()).isNull();
        assertThat(store.publishedCount(site.id)).isEqualTo(17);
    }

    @Test
    void aPagedAtomFeedIsFollowedAndAPlainRssFeedWhollyNewIsAGap() {
        String id = TestFeeds.uniqueId("pagedfeed");
        List<Integer> entries = Collections.synchronizedList(new ArrayList<>());
        for (int k = 1; k <= 3; k++) {
            entries.add(0, k);
        }
        for (int n = 1; n <= 4; n++) {
            int page = n;
            infra.server().serve("/" + id + "/feed/" + n, ex -> Reply.of(200, "application/atom+xml",
                    atom(id, entries, page).getBytes(StandardCharsets.UTF_8)));
        }
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url("/" + id + "/feed/1"));
        assertThat(poller.poll(source, true).newItems()).isEqualTo(3);
        for (int k = 4; k <= 10; k++) {
            entries.add(0, k);
        }

        PollReport report = poller.poll(source, true);

        assertThat(report.newItems()).isEqualTo(7);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.gap()).isNull();

        String rssId = TestFeeds.uniqueId("plainrss");
        infra.server().serve("/" + rssId + "/rss", Reply.of(200, "application/rss+xml", TestFeeds.rss(rssId, 1, 3)));
        SourceDefinition rss = TestFeeds.feedSource(rssId, infra.server().url("/" + rssId + "/rss"));
        poller.poll(rss, true);
        infra.server().serve("/" + rssId + "/rss", Reply.of(200, "application/rss+xml", TestFeeds.rss(rssId, 4, 8)));
        PollReport wholly = poller.poll(rss, true);
        assertThat(wholly.newItems()).isEqualTo(5);
        assertThat(wholly.gap()).isEqualTo("no_next_page");
        assertThat(wholly.error()).contains("possible gap: all 5 items of the page read were new");
    }

    /**
     * A feed without paging that shows fewer items than it has shown before (a quiet week, a feed that keeps the last
     * days only) and all of them new pushed nothing off its page: no possible gap, which an operator would learn to
     * ignore. Until 6 December 2026 every such poll said one. A page as full as the feed has shown, all new, still
     * says it.
     */
    @Test
    void aFeedShowingFewerItemsThanItsWindowAllNewIsNoGapAndAFullOneIs() {
        String id = TestFeeds.uniqueId("shortrss");
        infra.server().serve("/" + id + "/rss", Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 5)));
        SourceDefinition rss = TestFeeds.feedSource(id, infra.server().url("/" + id + "/rss"));
        assertThat(poller.poll(rss, true).newItems()).isEqualTo(5);

        infra.server().serve("/" + id + "/rss", Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 6, 7)));
        PollReport quiet = poller.poll(rss, true);
        assertThat(quiet.newItems()).isEqualTo(2);
        assertThat(quiet.gap()).as("2 new items on a feed that has shown 5").isNull();
        assertThat(quiet.error()).isNull();

        infra.server().serve("/" + id + "/rss", Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 8, 12)));
        PollReport full = poller.poll(rss, true);
        assertThat(full.newItems()).isEqualTo(5);
        assertThat(full.gap()).as("5 new items on a feed that has shown 5").isEqualTo("no_next_page");
    }

    /**
     * The preview says where a poll would go next — or why it could not, so that an operator sets {@code nextPage}
     * before a burst finds out.
     */
    @Test
    void thePreviewShowsTheNextPageOrWhyThereIsNone() {
        Site site = new Site().publish(1, 12);
        JsonPath paged = preview(site);
        assertThat(paged.getString("nextPage")).isEqualTo(site.url(2));
        assertThat(paged.getString("paging")).isNull();

        site.nextLink = n -> null;
        JsonPath single = preview(site);
        assertThat(single.getString("nextPage")).isNull();
        assertThat(single.getString("paging")).contains("links no next page", "possible gap", "nextPage");

        site.nextLink = n -> "https://elsewhere.example" + site.page(n + 1);
        JsonPath away = preview(site);
        assertThat(away.getString("nextPage")).isNull();
        assertThat(away.getString("paging")).contains("is on another site");
    }

    /** The preview of the site's first page as it is now. */
    private static JsonPath preview(Site site) {
        return given().auth().preemptive().basic("analyst", "analyst-pass").contentType("text/html; charset=utf-8")
                .body(site.html(1).getBytes(StandardCharsets.UTF_8)).queryParam("item", "div.item").queryParam("baseUrl", site.url(1))
                .post("/api/preview").then().statusCode(200).extract().jsonPath();
    }

    /** An Atom feed of three entries a page (RFC 5005 §3), page n linking page n + 1 while there are more. */
    private String atom(String id, List<Integer> entries, int page) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Paged</title><id>urn:" + id + "</id>"
                + "<updated>2026-12-07T10:00:00Z</updated>");
        List<Integer> all;
        synchronized (entries) {
            all = new ArrayList<>(entries);
        }
        if (page * 3 < all.size()) {
            b.append("<link rel=\"next\" href=\"").append(page + 1).append("\"/>");
        }
        for (int i = (page - 1) * 3; i < Math.min(all.size(), page * 3); i++) {
            int k = all.get(i);
            b.append("<entry><title>Entry ").append(k).append("</title><id>urn:").append(id).append(':').append(k)
                    .append("</id><link href=\"https://news.example/").append(id).append('/').append(k)
                    .append("\"/><updated>2026-12-07T09:").append(String.format("%02d", k)).append(":00Z</updated>")
                    .append("</entry>");
        }
        return b.append("</feed>").toString();
    }
}
