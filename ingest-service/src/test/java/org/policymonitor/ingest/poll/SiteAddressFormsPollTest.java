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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One article under another form of its address (newuser-ingest3, 7 December 2026): the site moved to https, put
 * {@code www.} before its name or a slash after its paths — or links one article both ways on one page. A browser
 * opens the same article; the item ids, made of the canonical link, differed, so the article was published again.
 */
@QuarkusTest
class SiteAddressFormsPollTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;

    /**
     * A ministry moves its site to https, later to {@code www.} with slashes after its paths, and its feed's links
     * with it (the feed gives no guid, so the link is the item's id). Each poll after a move must publish only the
     * article that is new, not every article of the feed again under its new address.
     */
    @Test
    void aFeedWhoseSiteMovesToHttpsOrWwwPublishesOnlyItsNewArticles() {
        String id = TestFeeds.uniqueId("sitemove");
        String path = "/" + id + "/rss";
        String[] sites = {"http://ministry.example/news/%d", "https://ministry.example/news/%d",
                "https://www.ministry.example/news/%d/"};
        int[] request = {0};
        infra.server().serve(path, exchange -> {
            int poll = Math.min(request[0]++, sites.length - 1);
            StringBuilder rss = new StringBuilder("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Ministry</title><link>https://ministry.example/</link>
                    <description>News</description>""");
            for (int n = 1; n <= 3 + poll; n++) {
                rss.append("<item><title>Article ").append(n).append("</title><link>")
                        .append(sites[poll].formatted(n)).append("</link></item>");
            }
            return Reply.of(200, "application/rss+xml; charset=utf-8",
                    rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
        });
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));

        PollReport http = poller.poll(source, true);
        assertThat(http.newItems()).as(http.error()).isEqualTo(3);
        PollReport https = poller.poll(source, true);
        assertThat(List.of(https.newItems(), https.duplicates())).as("after the move to https: new, duplicates")
                .containsExactly(1, 3);
        PollReport www = poller.poll(source, true);
        assertThat(List.of(www.newItems(), www.duplicates())).as("after the move to www. and slashes: new, duplicates")
                .containsExactly(1, 4);
    }

    /**
     * A CMS whose guid is the article's address while the link carries a tracker ({@code ?utm_source=rss}): the guid,
     * not the link, is the item's id, and it moves to https with the site.
     */
    @Test
    void aFeedWhoseGuidsAreTheArticlesAddressesMovesToHttpsWithoutPublishingThemAgain() {
        String id = TestFeeds.uniqueId("guidmove");
        String path = "/" + id + "/rss";
        String[] schemes = {"http", "https"};
        int[] request = {0};
        infra.server().serve(path, exchange -> {
            int poll = Math.min(request[0]++, schemes.length - 1);
            StringBuilder rss = new StringBuilder("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Agency</title><link>https://agency.example/</link>
                    <description>News</description>""");
            for (int n = 1; n <= 2 + poll; n++) {
                String address = schemes[poll] + "://agency.example/news/" + n + "/";
                rss.append("<item><title>Report ").append(n).append("</title><link>").append(address)
                        .append("?utm_source=rss</link><guid>").append(address).append("</guid></item>");
            }
            return Reply.of(200, "application/rss+xml; charset=utf-8",
                    rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
        });
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));

        PollReport http = poller.poll(source, true);
        assertThat(http.newItems()).as(http.error()).isEqualTo(2);
        PollReport https = poller.poll(source, true);
        assertThat(List.of(https.newItems(), https.duplicates())).as("after the move to https: new, duplicates")
                .containsExactly(1, 2);
    }

    /**
     * A listing's "top story" block links the newest article with the site's full address ({@code https://www.…},
     * no date shown), the list below with another form of it ({@code http://…/7/}, dated). Both open one page: one
     * item, dated by the list, as the same article shown with {@code #comments} or {@code utm_…} already was. A link
     * with another query ({@code ?part=2}) is another page.
     */
    @Test
    void oneArticleLinkedUnderTwoFormsOfItsAddressOnAListingIsOneItem() {
        String id = TestFeeds.uniqueId("topstory");
        String path = "/" + id + "/news/";
        infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8", """
                <html><head><meta charset="utf-8"></head><body>
                <div class="card top"><h3><a href="https://www.ministry.example/news/7">Совет по ИИ утвердил план</a></h3></div>
                <div class="card"><h3><a href="http://ministry.example/news/7/">Совет по ИИ утвердил план</a></h3>
                  <span class="date">05.12.2026 14:05</span></div>
                <div class="card"><h3><a href="http://ministry.example/news/6/">Стандарт по данным принят</a></h3>
                  <span class="date">04.12.2026 10:00</span></div>
                <div class="card"><h3><a href="https://ministry.example/news/7?part=2">Совет по ИИ: вторая часть</a></h3>
                  <span class="date">05.12.2026 15:00</span></div>
                </body></html>""".getBytes(StandardCharsets.UTF_8)));
        SourceDefinition source = TestFeeds.source(id, Endpoint.listing(URI.create(infra.server().url(path)),
                new Selectors("div.card", null, "h3", "span.date", null)), null, "ru");

        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.newItems()).as(report.error()).isEqualTo(3);
            List<FeedItem> items = sub.awaitRecords(3, r -> r.value().contains("\"sourceId\":\"" + id + "\""),
                    Deadlines.ARRIVES).stream().map(r -> TestFeeds.item(r.value())).toList();
            assertThat(items).extracting(FeedItem::title, i -> String.valueOf(i.publishedAt())).containsExactlyInAnyOrder(
                    tuple("Совет по ИИ утвердил план", "2026-12-05T14:05+03:00"),
                    tuple("Стандарт по данным принят", "2026-12-04T10:00+03:00"),
                    tuple("Совет по ИИ: вторая часть", "2026-12-05T15:00+03:00"));
        }
    }
}
