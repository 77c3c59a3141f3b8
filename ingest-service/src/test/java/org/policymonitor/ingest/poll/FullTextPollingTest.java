package org.policymonitor.ingest.poll;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.testing.KafkaTestClient;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.policymonitor.ingest.Fixtures.bytes;

/**
 * Full-text sources end to end: the production poller reads each new item's article page from a real HTTP server,
 * publishes the items to the real broker with their main text — or without it, with the reason counted in the
 * metrics and shown in the source's state over the API.
 */
@QuarkusTest
class FullTextPollingTest {

    static final Path CATALOGUE = Path.of("target/test-sources.yaml");

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;
    @Inject
    SourcePoller poller;

    static FeedServer site;
    static FeedServer closedSite;
    static FeedServer slowSite;
    static KafkaTestClient kafka;
    static String siteId;
    static String closedId;
    static String slowId;
    static String quickId;

    @BeforeAll
    static void start() throws IOException {
        site = new FeedServer();
        closedSite = new FeedServer();
        slowSite = new FeedServer();
        kafka = new KafkaTestClient();
        siteId = TestFeeds.uniqueId("ft-belta");
        closedId = TestFeeds.uniqueId("ft-closed");
        slowId = TestFeeds.uniqueId("ft-slow");
        quickId = TestFeeds.uniqueId("ft-quick");

        site.serve("/robots.txt", Reply.text(200, "User-agent: *\nDisallow: /search/\n"));
        site.serve("/rss", Reply.of(200, "application/rss+xml", rss(site, "/president/view/decree-1-2021/",
                "/president/view/removed-2-2021/", "/president/view/down-3-2021/")));
        site.serve("/president/view/decree-1-2021/", Reply.of(200, "text/html; charset=utf-8", bytes("articles/belta-article.html")));
        site.serve("/president/view/down-3-2021/", Reply.text(503, "maintenance"));
        // /president/view/removed-2-2021/ has no route: 404

        closedSite.serve("/robots.txt", Reply.text(200, "User-agent: *\nAllow: /\n\nUser-agent: PolicyMonitor\nDisallow: /\n"));
        closedSite.serve("/rss", Reply.of(200, "application/rss+xml", rss(closedSite, "/news/1/", "/news/2/")));
        closedSite.serve("/news/1/", Reply.of(200, "text/html", bytes("articles/belta-article.html")));

        slowSite.serve("/robots.txt", Reply.text(404, ""));
        slowSite.serve("/rss", Reply.of(200, "application/rss+xml", rss(slowSite, "/a/1/", "/a/2/", "/a/3/")));
        for (String p : List.of("/a/1/", "/a/2/", "/a/3/")) {
            slowSite.serve(p, Reply.of(200, "text/html", bytes("articles/belta-article.html")).delayed(Duration.ofSeconds(5)));
        }
        slowSite.serve("/quick/rss", Reply.of(200, "application/rss+xml", rss(slowSite, "/q/1/")));

        Files.writeString(CATALOGUE, """
                version: 1
                sources:
                  - {id: %s, name: BelTA-like, type: rss, url: '%s', language: en, fullText: true}
                  - {id: %s, name: Closed to us, type: rss, url: '%s', language: en, fullText: true}
                  - {id: %s, name: Slow articles, type: rss, url: '%s', language: en, fullText: true}
                """.formatted(siteId, site.url("/rss"), closedId, closedSite.url("/rss"), slowId, slowSite.url("/rss")));
    }

    @AfterAll
    static void stop() {
        site.close();
        closedSite.close();
        slowSite.close();
        kafka.close();
    }

    @Test
    void itemsCarryTheirArticlesMainTextOrGoOutWithoutItAndTheReasonIsShown() {
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        try (KafkaTestClient.Subscription sub = kafka.subscribe(Topics.ITEMS_RAW)) {
            admin().post("/api/sources/" + siteId + "/poll").then().statusCode(200)
                    .body("outcome", equalTo("polled")).body("newItems", equalTo(3));

            Map<String, FeedItem> items = published(sub, siteId, 3);
            FeedItem decree = items.get(site.url("/president/view/decree-1-2021/"));
            assertThat(decree.content()).startsWith("Lukashenko signs decree on digital economy development")
                    .contains("MINSK, 17 June (BelTA) – Belarusian President Aleksandr Lukashenko has signed Decree No. 236",
                            "\n\nThe decree comes into force three months after its official publication.")
                    .doesNotContain("Share on Facebook", "Other news", "cookies", "All rights reserved");
            assertThat(decree.summary()).isEqualTo("Lead of the item."); // the feed's own fields stay
            assertThat(items.get(site.url("/president/view/removed-2-2021/")).content()).isNull();
            assertThat(items.get(site.url("/president/view/down-3-2021/")).content()).isNull();
        }
        assertThat(site.lastUserAgent("/president/view/decree-1-2021/")).startsWith("PolicyMonitor-Ingest/")
                .isEqualTo(site.lastUserAgent("/rss")).isEqualTo(site.lastUserAgent("/robots.txt"));

        analyst().get("/api/sources/" + siteId).then().statusCode(200)
                .body("health", equalTo("ok")) // an article that cannot be had is no failure of the source
                .body("fullText.articlesRead", equalTo(1))
                .body("fullText.withoutText", equalTo(2))
                .body("fullText.lastFailure.reason", equalTo("http_status"))
                .body("fullText.lastFailure.message", startsWith("http_status: HTTP 503"))
                .body("fullText.lastFailure.url", equalTo(site.url("/president/view/down-3-2021/")));
        metrics().body(containsString("policy_ingest_fulltext_articles_total{source=\"" + siteId + "\"} 1.0"))
                .body(containsString("policy_ingest_fulltext_failures_total{reason=\"gone\",source=\"" + siteId + "\"} 1.0"))
                .body(containsString("policy_ingest_fulltext_failures_total{reason=\"http_status\",source=\"" + siteId + "\"} 1.0"));

        // the next poll finds nothing new and reads no article again
        admin().post("/api/sources/" + siteId + "/poll").then().statusCode(200).body("newItems", equalTo(0));
        assertThat(site.hits("/president/view/decree-1-2021/")).isEqualTo(1);
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void aSiteWhoseRobotsTxtShutsUsOutGetsItsItemsWithoutContent() {
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        try (KafkaTestClient.Subscription sub = kafka.subscribe(Topics.ITEMS_RAW)) {
            admin().post("/api/sources/" + closedId + "/poll").then().statusCode(200).body("newItems", equalTo(2));

            assertThat(published(sub, closedId, 2).values()).allSatisfy(i -> assertThat(i.content()).isNull());
        }
        assertThat(closedSite.hits("/news/1/")).as("a disallowed page is never fetched").isZero();
        analyst().get("/api/sources/" + closedId).then().statusCode(200)
                .body("fullText.articlesRead", equalTo(0))
                .body("fullText.withoutText", equalTo(2))
                .body("fullText.lastFailure.reason", equalTo("robots"))
                .body("fullText.contentSelector", nullValue());
        metrics().body(containsString("policy_ingest_fulltext_failures_total{reason=\"robots\",source=\"" + closedId + "\"} 2.0"));
    }

    @Test
    void slowArticlePagesHoldOnlyTheirOwnPoll() throws Exception {
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        // the slow source's articles time out one after another (2 s each in the test profile); meanwhile a source
        // on the same host, polled by another thread, waits at most for one request at a time (the host gate)
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> timed(() ->
                admin().post("/api/sources/" + slowId + "/poll").then().statusCode(200).body("newItems", equalTo(3))));
        await().atMost(Deadlines.ARRIVES).until(() -> slowSite.hits("/a/1/") == 1);
        long quick = timed(() -> quickPoll());
        long slowMillis = slow.get();

        assertThat(quick).isLessThan(slowMillis);
        analyst().get("/api/sources/" + slowId).then().statusCode(200)
                .body("fullText.withoutText", equalTo(3)).body("fullText.lastFailure.reason", equalTo("timeout"));
    }

    private void quickPoll() {
        // not in the catalogue: polled by the service's poller directly, as the scheduler's other threads would
        poller.poll(TestFeeds.fullTextSource(quickId, slowSite.url("/quick/rss"), null), true);
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static Map<String, FeedItem> published(KafkaTestClient.Subscription sub, String sourceId, int count) {
        return sub.awaitRecords(count, r -> r.value().contains("\"sourceId\":\"" + sourceId + "\""), Deadlines.ARRIVES)
                .stream().map(r -> TestFeeds.item(r.value()))
                .collect(Collectors.toMap(FeedItem::link, Function.identity()));
    }

    private static byte[] rss(FeedServer server, String... paths) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Articles</title><link>" + server.url("/") + "</link><description>t</description>");
        int hour = 10;
        for (String p : paths) {
            s.append("<item><title>Item ").append(p).append("</title><link>").append(server.url(p)).append("</link>")
                    .append("<description>Lead of the item.</description>")
                    .append("<pubDate>Thu, 17 Jun 2021 ").append(hour++).append(":00:00 +0300</pubDate></item>");
        }
        return s.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private ValidatableResponse metrics() {
        return given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                .get("/q/metrics").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }
}
