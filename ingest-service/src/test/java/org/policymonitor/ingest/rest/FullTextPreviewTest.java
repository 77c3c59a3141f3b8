package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.policymonitor.ingest.Fixtures.bytes;

/** {@code POST /api/preview} of a full-text source shows the first item's article text as a poll would publish it. */
@QuarkusTest
@TestProfile(FullTextPreviewTest.LocalSitesAllowed.class)
class FullTextPreviewTest {

    /** The preview may fetch the local test server (loopback), which production refuses. */
    public static class LocalSitesAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policy.preview.allow-private-addresses", "true");
        }
    }

    static FeedServer server;

    @BeforeAll
    static void start() {
        server = new FeedServer();
        server.serve("/robots.txt", Reply.text(404, ""));
        server.serve("/ru/events", Reply.of(200, "text/html; charset=utf-8", ("""
                <html><body><ul>
                <li class="news-card"><a class="news-card__title" href="/ru/events/soveshchanie?utm_source=rss">Совещание по образованию</a>
                  <time data-datetime="2025-05-19T11:05:00+03:00">19 мая 2025</time></li>
                <li class="news-card"><a class="news-card__title" href="/ru/events/vstrecha">Встреча</a></li>
                </ul></body></html>""").getBytes(StandardCharsets.UTF_8)));
        server.serve("/ru/events/soveshchanie", Reply.of(200, "text/html; charset=utf-8", bytes("articles/president-article.html")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass").contentType("application/json");
    }

    private static String request(String extra) {
        return """
                {"url": "%s", "type": "html", "language": "ru",
                 "selectors": {"item": "li.news-card", "link": "a.news-card__title", "date": "time"}%s}
                """.formatted(server.url("/ru/events"), extra);
    }

    @Test
    void theFirstItemsArticleTextIsShown() {
        admin().body(request(", \"fullText\": true")).post("/api/preview").then().statusCode(200)
                .body("count", equalTo(2))
                .body("firstArticle.url", equalTo(server.url("/ru/events/soveshchanie")))
                .body("firstArticle.outcome", equalTo("text"))
                .body("firstArticle.httpStatus", equalTo(200))
                .body("firstArticle.text", startsWith("Президент Беларуси Александр Лукашенко 19 мая провел совещание"))
                .body("firstArticle.text", containsString("\n\n«Школа должна давать знания"))
                .body("firstArticle.text", not(containsString("Поделиться")));
    }

    @Test
    void theContentSelectorIsTriedAndAWrongOneIsNamed() {
        admin().body(request(", \"fullText\": true, \"contentSelector\": \"time.page-details__date\""))
                .post("/api/preview").then().statusCode(200)
                .body("firstArticle.text", equalTo("19 мая 2025, 11:05"));
        admin().body(request(", \"fullText\": true, \"contentSelector\": \"div.article-body\""))
                .post("/api/preview").then().statusCode(200)
                .body("firstArticle.outcome", equalTo("unavailable"))
                .body("firstArticle.reason", equalTo("no_text: the content selector 'div.article-body' matched nothing on the page"));
        admin().body(request(", \"fullText\": true, \"contentSelector\": \"div[\""))
                .post("/api/preview").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("contentSelector"));
    }

    @Test
    void withoutFullTextNoArticleIsRead() {
        int before = server.hits("/ru/events/soveshchanie");
        admin().body(request("")).post("/api/preview").then().statusCode(200)
                .body("count", equalTo(2)).body("firstArticle", nullValue());
        assertThat(server.hits("/ru/events/soveshchanie")).isEqualTo(before);
    }
}
