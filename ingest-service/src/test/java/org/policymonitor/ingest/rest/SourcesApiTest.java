package org.policymonitor.ingest.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.events.ItemIds;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.policymonitor.ingest.Fixtures.bytes;

/** The REST API on the catalogue file the service reads (target/test-sources.yaml in the test profile). */
@QuarkusTest
class SourcesApiTest {

    static final Path CATALOGUE = Path.of("target/test-sources.yaml");

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;
    static FeedServer server;
    static String feedId;
    static String brokenId;

    @BeforeAll
    static void start() throws IOException {
        server = new FeedServer();
        feedId = TestFeeds.uniqueId("api-feed");
        brokenId = TestFeeds.uniqueId("api-broken");
        server.serve("/feed", Reply.of(200, "application/rss+xml", bytes("belta-en.xml")));
        server.serve("/gone", Reply.text(404, "Not Found"));
        Files.writeString(CATALOGUE, """
                version: 1
                sources:
                  - id: %s
                    name: API feed
                    type: rss
                    url: %s
                    language: en
                    timezone: Europe/Minsk
                    pollInterval: PT10M
                    expectedCadence: P1D
                  - id: %s
                    name: API broken
                    type: rss
                    url: %s
                    fallback: {type: html, url: %s, selectors: {item: "div.none"}}
                """.formatted(feedId, server.url("/feed"), brokenId, server.url("/gone"), server.url("/gone")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }

    @Test
    void catalogueReloadListPollAndDetail() throws IOException {
        analyst().post("/api/admin/sources/reload").then().statusCode(403).contentType("application/problem+json");
        admin().post("/api/admin/sources/reload").then().statusCode(200)
                .body("sources", equalTo(2)).body("origin", equalTo("target/test-sources.yaml"));

        analyst().get("/api/sources").then().statusCode(200)
                .body("id", hasItem(feedId))
                .body("find { it.id == '%s' }.primary.type".formatted(feedId), equalTo("rss"))
                .body("find { it.id == '%s' }.health".formatted(feedId), equalTo("unknown"));

        analyst().post("/api/sources/" + feedId + "/poll").then().statusCode(403);
        admin().post("/api/sources/" + feedId + "/poll").then().statusCode(200)
                .body("outcome", equalTo("polled")).body("fetched", equalTo(true))
                .body("found", equalTo(4)).body("newItems", equalTo(4)).body("duplicates", equalTo(0))
                .body("health", equalTo("ok"));
        admin().post("/api/sources/" + feedId + "/poll").then().statusCode(200)
                .body("newItems", equalTo(0)).body("duplicates", equalTo(4));

        admin().post("/api/sources/" + brokenId + "/poll").then().statusCode(200)
                .body("outcome", equalTo("failed")).body("errorReason", equalTo("http_status"))
                .body("error", containsString("fallback also failed")).body("health", equalTo("failing"));
        analyst().get("/api/sources/" + brokenId).then().statusCode(200)
                .body("health", equalTo("failing"))
                .body("consecutiveFailures", equalTo(1))
                .body("lastError.reason", equalTo("http_status"))
                .body("recentErrors", hasSize(2))
                .body("fallback.type", equalTo("html"));
        analyst().get("/api/sources/no-such-source").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-source"));

        // readiness detail and metrics name the sources (the detail is read in the background: seconds behind)
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> given()
                .baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                .get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Sources' }.data.'source.%s'".formatted(brokenId), startsWith("failing: http_status")));
        given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                .get("/q/metrics").then().statusCode(200)
                .body(containsString("policy_ingest_polls_total{outcome=\"polled\",source=\"" + feedId + "\"}"))
                .body(containsString("policy_ingest_items_new_total{source=\"" + feedId + "\"} 4.0"))
                .body(containsString("policy_ingest_items_duplicate_total{source=\"" + feedId + "\"} 4.0"))
                .body(containsString("policy_ingest_dates_unparseable_total{source=\"" + feedId + "\"} 2.0"))
                .body(containsString("policy_ingest_poll_errors_total{reason=\"http_status\",source=\"" + brokenId + "\"}"))
                .body(containsString("policy_ingest_source_health{source=\"" + brokenId + "\",state=\"failing\"} 1.0"))
                .body(containsString("policy_ingest_fetch_seconds_count{source=\"" + feedId + "\"}"))
                .body(containsString("policy_ingest_last_success_seconds{source=\"" + feedId + "\"}"));

        // a broken file is refused with every problem, and the catalogue in force stays
        String good = Files.readString(CATALOGUE);
        Files.writeString(CATALOGUE, good + "  - id: Bad Id\n    type: gopher\n");
        try {
            admin().post("/api/admin/sources/reload").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("refused"))
                    .body("errors.field", hasItem("sources[2] (Bad Id).type"));
            // asked again for the same broken file: still refused, not a silent success
            admin().post("/api/admin/sources/reload").then().statusCode(422);
            analyst().get("/api/sources").then().statusCode(200).body("id", hasItem(feedId));
            // the operator sees it besides the answer: the readiness detail and a counter (awaited: the dependencies'
            // checks answer in the background, and one a loaded machine answered late makes the probe a 503 meanwhile)
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> given()
                    .baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                    .get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Sources' }.data.catalogueProblem", containsString("(Bad Id).type")));
            given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                    .get("/q/metrics").then().statusCode(200)
                    .body(containsString("policy_ingest_catalogue_reloads_total{outcome=\"refused\"}"));
        } finally {
            Files.writeString(CATALOGUE, good);
        }
        admin().post("/api/admin/sources/reload").then().statusCode(200);
    }

    @Test
    void previewOfADocumentInTheBody() {
        analyst().contentType("application/rss+xml").body(bytes("belta-en.xml"))
                .queryParam("baseUrl", "https://eng.belta.by/rss")
                .post("/api/preview").then().statusCode(200)
                .body("format", equalTo("rss_2.0")).body("count", equalTo(4)).body("unparseableDates", equalTo(1))
                // as published: oldest first, with the item id and the canonical link (the feed's utm_* dropped)
                .body("sourceId", equalTo("preview"))
                .body("items[2].publishedAt", equalTo("2021-06-17T11:34:41+03:00"))
                .body("items[1].link", equalTo("https://eng.belta.by/economics/view/"
                        + "belarus-china-to-step-up-cooperation-in-digital-sphere-171230-2026/"))
                .body("items[1].id", equalTo(ItemIds.itemId("preview", null,
                        "https://eng.belta.by/economics/view/belarus-china-to-step-up-cooperation-in-digital-sphere-171230-2026/")));
        analyst().contentType("text/html").body(bytes("nasb-listing.html"))
                .queryParam("selectors", "{\"item\":\"div.news-item\",\"date\":\".date\",\"lead\":\"p\"}")
                .queryParam("linkPattern", "/eng/news/\\d+/")
                .queryParam("baseUrl", "https://nasb.gov.by/eng/news/")
                .queryParam("timezone", "Europe/Minsk")
                .post("/api/preview").then().statusCode(200)
                .body("count", equalTo(3)).body("items[2].link", equalTo("https://nasb.gov.by/eng/news/14755/"))
                .body("items[2].publishedAt", equalTo("2025-03-04T00:00:00+03:00"))
                .body("warning", nullValue());
        // a date selector the page does not have: the items, and what is wrong with them said (trial29)
        analyst().contentType("text/html").body(bytes("nasb-listing.html"))
                .queryParam("selectors", "{\"item\":\"div.news-item\",\"date\":\"time.published\"}")
                .queryParam("linkPattern", "/eng/news/\\d+/")
                .queryParam("baseUrl", "https://nasb.gov.by/eng/news/")
                .post("/api/preview").then().statusCode(200)
                .body("count", equalTo(3))
                .body("warning", containsString("the date selector 'time.published' matched nothing in any of the 3"
                        + " items: published without dates"));
        analyst().contentType("application/xml").body(bytes("xxe.xml"))
                .post("/api/preview").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("DOCTYPE"));
        analyst().contentType("application/xml").body(bytes("truncated.xml"))
                .post("/api/preview").then().statusCode(422).body("detail", containsString("not well-formed"));
        analyst().contentType("text/html").body(bytes("nasb-listing.html"))
                .post("/api/preview").then().statusCode(400).body("detail", containsString("selectors.item"));
    }

    /**
     * A listing in a Cyrillic single-byte charset named only in its meta tag, by a label browsers know (the WHATWG
     * encoding labels) and Java does not: {@code x-cp1251} for windows-1251, {@code koi} and {@code koi8-ru} for the
     * KOI8 ones. The label was taken as no charset at all and the page read in the fallback (windows-1252 for a
     * source without a language), so the titles came out as mojibake ("Íîâîñòè …").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"x-cp1251, windows-1251", "koi, KOI8-R", "koi8-ru, KOI8-U",
            "x-mac-cyrillic, x-MacCyrillic"})
    void aListingWhoseMetaNamesItsCyrillicCharsetByABrowsersLabelIsReadInIt(String label, String writtenIn) {
        String title = "Новости Беларуси: цифровая экономика";
        String html = "<!DOCTYPE html><html><head><meta charset=\"" + label + "\"><title>Новости</title></head><body>"
                + "<ul><li class=\"n\"><a href=\"/news/1\">" + title + "</a></li></ul></body></html>";
        // no charset in the header (RestAssured would add ISO-8859-1 to a text type): the meta tag is all there is
        analyst().config(RestAssured.config().encoderConfig(EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/html").body(html.getBytes(Charset.forName(writtenIn)))
                .queryParam("selectors", "{\"item\":\"li.n\"}")
                .queryParam("baseUrl", "https://news.example/news/")
                .post("/api/preview").then().statusCode(200)
                .body("items[0].title", equalTo(title));
    }

    /** RSS 1.0 is RDF and its feeds are served as such; a pasted Atom or RDF feed or XHTML page is read like the rest. */
    @ParameterizedTest
    @ValueSource(strings = {"application/rdf+xml", "application/xhtml+xml", "application/rss+xml; charset=utf-8"})
    void previewOfADocumentTakesTheTypesFeedsAndPagesAreServedAs(String contentType) {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://site.example/"><title>RDF</title><link>https://site.example/</link>
                <description>d</description></channel>
                <item rdf:about="https://site.example/a/1"><title>One</title><link>https://site.example/a/1</link></item>
                </rdf:RDF>""";
        analyst().contentType(contentType).body(rdf.getBytes(StandardCharsets.UTF_8)).queryParam("type", "rss")
                .post("/api/preview").then().statusCode(200)
                .body("format", equalTo("rss_1.0")).body("items[0].link", equalTo("https://site.example/a/1"));
    }

    @Test
    void previewForACataloguedSourceShowsThatSourcesIds() {
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        String htp = "https://eng.belta.by/economics/view/htp-resident-count-reaches-new-high-171228-2026/";
        analyst().contentType("application/rss+xml").body(bytes("belta-en.xml"))
                .queryParam("sourceId", feedId).queryParam("baseUrl", "https://eng.belta.by/rss")
                .post("/api/preview").then().statusCode(200)
                .body("sourceId", equalTo(feedId))
                .body("items[0].link", equalTo(htp))
                .body("items[0].id", equalTo(ItemIds.itemId(feedId, null, htp)))
                .body("items[0].sourceName", equalTo("API feed"))
                .body("items[0].language", equalTo("en"));
        // the catalogued source's own endpoint is on a loopback address: a preview still never fetches it
        admin().contentType("application/json").body("{\"sourceId\":\"" + feedId + "\"}")
                .post("/api/preview").then().statusCode(400).body("detail", containsString("private or loopback"));
        admin().contentType("application/json").body("{\"sourceId\":\"no-such-source\"}")
                .post("/api/preview").then().statusCode(400).body("errors.field", hasItem("url"));
    }

    @Test
    void previewOfAUrlIsForAdminsAndNeverReachesPrivateAddresses() {
        server.serve("/preview-only", Reply.of(200, "application/rss+xml", bytes("belta-en.xml")));
        String json = "{\"url\":\"" + server.url("/preview-only") + "\",\"type\":\"rss\"}";
        analyst().contentType("application/json").body(json).post("/api/preview").then().statusCode(403);
        admin().contentType("application/json").body(json).post("/api/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("private or loopback"));
        admin().contentType("application/json").body("{\"url\":\"http://169.254.169.254/latest/meta-data/\"}")
                .post("/api/preview").then().statusCode(400);
        admin().contentType("application/json").body("{\"url\":\"file:///etc/passwd\"}")
                .post("/api/preview").then().statusCode(400).body("detail", containsString("http(s)"));
        Assertions.assertThat(server.hits("/preview-only")).as("nothing was fetched").isZero();
    }
}
