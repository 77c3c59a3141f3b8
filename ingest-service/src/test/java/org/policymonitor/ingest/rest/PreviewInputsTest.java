package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What an operator types into a preview while trying a new source is checked like the catalogue checks it: a
 * selector that is not CSS, or a base URL links cannot be resolved against, is a 400 naming the field — not a 500
 * with an error id (a malformed {@code title} selector) nor a 422 blaming the page ("none had a usable link" for a
 * relative {@code baseUrl}).
 */
@QuarkusTest
class PreviewInputsTest {

    private static final String LISTING = "<html><body><div class='n'><a href='/news/1'>AI law adopted</a>"
            + "<span class='d'>02.12.2026</span><p>Lead</p></div></body></html>";

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"link", "title", "date", "lead"})
    void aSelectorThatIsNotCssIsA400NamingIt(String field) {
        analyst().contentType("text/html").body(LISTING)
                .queryParam("item", "div.n").queryParam(field, "a[[[")
                .queryParam("baseUrl", "https://example.org/")
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("selectors." + field))
                .body("detail", containsString("not a CSS selector"));
        analyst().contentType("text/html").body(LISTING)
                .queryParam("selectors", "{\"item\":\"div.n\",\"" + field + "\":\"a[[[\"}")
                .queryParam("baseUrl", "https://example.org/")
                .post("/api/preview").then().statusCode(400)
                .body("errors[0].field", equalTo("selectors." + field));
        // a URL preview checks them before fetching anything
        admin().contentType("application/json")
                .body("{\"url\":\"https://example.org/news\",\"type\":\"html\",\"selectors\":{\"item\":\"div.n\",\""
                        + field + "\":\"a[[[\"}}")
                .post("/api/preview").then().statusCode(400)
                .body("errors[0].field", equalTo("selectors." + field));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"news/", "/news/", "javascript:alert(1)", "file:///etc/", "https:///no-host"})
    void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsA400(String baseUrl) {
        analyst().contentType("text/html").body(LISTING)
                .queryParam("item", "div.n").queryParam("baseUrl", baseUrl)
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("baseUrl"))
                .body("detail", containsString("absolute http(s) URL"));
    }
    /**
     * A US-style listing ({@code 12/03/2026} for 3 December) previewed as the catalogue would read it with
     * {@code dateOrder: month-first}; without it the default day-first reading shows, and a wrong order is a 400
     * naming the field.
     */
    @Test
    void aListingsDateOrderIsPreviewedAndAWrongOneIsA400() {
        String listing = "<html><body><div class='n'><a href='/news/1'>AI law adopted</a>"
                + "<span class='d'>12/03/2026 9:30 AM</span></div></body></html>";
        analyst().contentType("text/html").body(listing)
                .queryParam("item", "div.n").queryParam("date", "span.d").queryParam("timezone", "UTC")
                .queryParam("baseUrl", "https://example.org/").queryParam("dateOrder", "month-first")
                .post("/api/preview").then().statusCode(200)
                .body("items[0].publishedAt", equalTo("2026-12-03T09:30:00Z"));
        analyst().contentType("text/html").body(listing)
                .queryParam("item", "div.n").queryParam("date", "span.d").queryParam("timezone", "UTC")
                .queryParam("baseUrl", "https://example.org/")
                .post("/api/preview").then().statusCode(200)
                .body("items[0].publishedAt", equalTo("2026-03-12T09:30:00Z"));
        analyst().contentType("text/html").body(listing)
                .queryParam("item", "div.n").queryParam("baseUrl", "https://example.org/")
                .queryParam("dateOrder", "m/d/y")
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dateOrder"))
                .body("detail", containsString("is not day-first or month-first"));
    }

    /**
     * A feed saved from a server that sends it as {@code text/html} (common with CMS feeds) and previewed with the
     * Content-Type it came with: read as the feed it is. Before trial15 the type followed the header and the answer
     * was a 400 asking for listing selectors, a hint the operator could not make sense of.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/html; charset=utf-8", "application/xhtml+xml"})
    void aFeedSentAsHtmlIsPreviewedAsAFeed(String contentType) {
        String rss = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- CMS -->\n<rss version=\"2.0\"><channel>"
                + "<title>Новости</title><item><title>Закон об ИИ</title><link>https://site.by/news/1</link>"
                + "<pubDate>Fri, 04 Dec 2026 10:15:00 +0300</pubDate></item></channel></rss>";
        analyst().contentType(contentType).body(rss.getBytes(StandardCharsets.UTF_8))
                .queryParam("baseUrl", "https://site.by/rss/")
                .post("/api/preview").then().statusCode(200)
                .body("format", equalTo("rss_2.0"))
                .body("items[0].title", equalTo("Закон об ИИ"))
                .body("items[0].link", equalTo("https://site.by/news/1"));
    }
}
