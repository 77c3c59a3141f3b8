package org.policymonitor.ingest.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.TestPostgres;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.policymonitor.ingest.Fixtures.bytes;

/**
 * ingest's REST API while its PostgreSQL is stopped (for real): each endpoint that needs the state database answers
 * the platform's 503 problem+json with {@code Retry-After}, never a 500 "unexpected error" — checked after ingest's
 * own mapper for this ({@code StateUnavailableMapper}) was removed in favour of the platform's (alert-service has the
 * same check in {@code DatabaseOutageMidFlightTest}). What needs no database (the catalogue's reload) still answers.
 */
@QuarkusTest
class DatabaseOutageApiTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    static FeedServer server;
    static String id;

    @BeforeAll
    static void catalogue() throws IOException {
        server = new FeedServer();
        id = TestFeeds.uniqueId("outage-api");
        server.serve("/feed", Reply.of(200, "application/rss+xml", bytes("belta-en.xml")));
        Files.writeString(SourcesApiTest.CATALOGUE, """
                version: 1
                sources:
                  - id: %s
                    name: Outage feed
                    type: rss
                    url: %s
                    language: en
                """.formatted(id, server.url("/feed")));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void restart() {
        TestPostgres.startServer(); // never leave the shared server down for the next test
    }

    @Test
    void everyEndpointThatNeedsTheDatabaseSays503WithRetryAfterWhileItIsDown() {
        admin().post("/api/admin/sources/reload").then().statusCode(200);
        analyst().get("/api/sources/" + id).then().statusCode(200);

        TestPostgres.stopServer();
        try {
            await().atMost(DEADLINE).untilAsserted(() -> analyst().get("/api/sources").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "30")
                    .body("detail", containsString("database is unavailable")));
            analyst().get("/api/sources/" + id).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "30");
            admin().post("/api/sources/" + id + "/poll").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "30");
            // the catalogue is a file: its reload needs no database
            admin().post("/api/admin/sources/reload").then().statusCode(200);
        } finally {
            TestPostgres.startServer();
        }
        await().atMost(DEADLINE).untilAsserted(() -> analyst().get("/api/sources").then().statusCode(200));
        admin().post("/api/sources/" + id + "/poll").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-pass");
    }

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass");
    }
}
