package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.KafkaTestClient;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policymonitor.ingest.Fixtures.bytes;

/**
 * A preview shows the items exactly as a poll publishes them: same id, canonical link (no utm parameters), title,
 * summary and date — compared with what the poll of the same document really put on Kafka.
 */
@QuarkusTest
class PreviewFidelityTest {

    /** UNDP Belarus as shipped: the listing preview is given the same selectors. */
    private static final Selectors UNDP = new Selectors("div.content-card", "a[href]",
            "h2, h3, h4, h5, .coh-heading", "time, .date, h6", "p");

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "belta-en.xml, application/rss+xml, rss, 4",
            "listings/undp-belarus-news.html, text/html, html, 3"})
    void thePreviewShowsWhatThePollPublishes(String fixture, String contentType, String type, int count) {
        String id = TestFeeds.uniqueId("fidelity");
        String path = "/" + id + "/page";
        infra.server().serve(path, Reply.of(200, contentType + "; charset=utf-8", bytes(fixture)));
        URI url = URI.create(infra.server().url(path));
        SourceDefinition source = "html".equals(type)
                ? TestFeeds.source(id, Endpoint.listing(url, UNDP), null, "en")
                : TestFeeds.feedSource(id, url.toString());

        List<FeedItem> published;
        try (KafkaTestClient.Subscription sub = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.newItems()).isEqualTo(count);
            published = sub.awaitRecords(count, r -> r.value().contains("\"sourceId\":\"" + id + "\""),
                    Deadlines.ARRIVES).stream().map(r -> TestFeeds.item(r.value())).toList();
        }
        assertThat(published).extracting(FeedItem::link).noneMatch(link -> link.contains("utm_"));

        var request = given().auth().preemptive().basic("analyst", "analyst-pass")
                .contentType(contentType).body(bytes(fixture))
                .queryParam("sourceId", id).queryParam("baseUrl", url.toString())
                .queryParam("language", "en").queryParam("timezone", "Europe/Minsk");
        if ("html".equals(type)) {
            request = request.queryParam("item", UNDP.item()).queryParam("link", UNDP.link())
                    .queryParam("title", UNDP.title()).queryParam("date", UNDP.date()).queryParam("lead", UNDP.lead());
        }
        JsonPath preview = request.post("/api/preview").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = preview.getList("items");

        assertThat(preview.getInt("count")).isEqualTo(count);
        assertThat(items).extracting(i -> i.get("id"), i -> i.get("link"), i -> i.get("title"), i -> i.get("summary"),
                        i -> date(i.get("publishedAt")), i -> i.get("publishedRaw"), i -> i.get("sourceId"))
                // the same items; the order read back from Kafka is not the order sent (one order per partition)
                .containsExactlyInAnyOrderElementsOf(published.stream().map(p -> tuple(p.id(), p.link(), p.title(),
                        p.summary(), p.publishedAt(), p.publishedRaw(), p.sourceId())).toList());
    }

    private static OffsetDateTime date(Object value) {
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
