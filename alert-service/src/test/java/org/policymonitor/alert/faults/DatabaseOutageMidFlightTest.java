package org.policymonitor.alert.faults;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.TestPostgres;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.policymonitor.testing.http.ManagementPort.management;

/**
 * What is in flight when alert's PostgreSQL goes away: a webhook the receiver accepts while the database is down, and
 * an article's change that arrives meanwhile on {@code policy.items.changed}. The other fault tests stop the database
 * between sends ({@link DatabaseOutageTest}: items and a status arriving) — these stop it in the middle of one, so that
 * the outcome the worker cannot record and the change the {@code changes} consumer cannot store must be held, not
 * dropped, dead-lettered or sent twice.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class DatabaseOutageMidFlightTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    /** Long enough for several worker ticks and storing attempts to fail (the worker ticks every second in tests). */
    private static final Duration DOWN = Duration.ofSeconds(4);
    private static final String SECRET = "mid-flight-secret-0123456789";

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        TestPostgres.startServer(); // never leave the shared server down for the next test
        receiver.close();
    }

    @Test
    void aWebhookAcceptedWhileTheDatabaseIsDownIsRecordedWhenItReturnsAndNotSentAgain() {
        String source = TestItems.uniqueSource("mid-send");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Behaviour.HOLD); // the send is in flight until released
        long subscription = Api.subscribe("""
                {"name":"mid-send","channel":"webhook","url":"%s","secret":"%s","sources":["%s"]}"""
                .formatted(url, SECRET, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон в пути во время сбоя базы");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(DEADLINE).until(() -> receiver.requests() == 1);

        TestPostgres.stopServer();
        try {
            receiver.release(); // the receiver takes the alert while its outcome cannot be written
            await().atMost(DEADLINE).until(() -> receiver.receipts(hook).stream().anyMatch(WebhookReceiver.Receipt::accepted));
            // the worker keeps ticking and cannot record the outcome; nothing is sent again meanwhile
            await().during(DOWN).atMost(DOWN.plus(DEADLINE)).until(() -> receiver.requests() == 1);
        } finally {
            TestPostgres.startServer();
        }

        // recorded soon after the database is back — not left leased until the lease (5 min) ends and then re-sent
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("deliveries[0].status", equalTo("delivered")));
        await().during(Duration.ofSeconds(3)).atMost(DEADLINE).until(() -> receiver.requests() == 1);
    }

    @Test
    void aChangeArrivingWhileTheDatabaseIsDownIsStoredAndAlertedOnceItReturns() {
        String source = TestItems.uniqueSource("change-outage");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(204));
        Api.subscribe("""
                {"name":"changes desk","channel":"webhook","url":"%s","secret":"%s","sources":["%s"],"changes":true}"""
                .formatted(url, SECRET, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Выделено 5 миллионов на модельный закон");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(DEADLINE).until(() -> receiver.receipts(hook).size() == 1);

        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_CHANGED))) {
            TestPostgres.stopServer();
            try {
                kafka.send(Topics.ITEMS_CHANGED, item.item().id(), EventJson.toJson(new ItemChange(
                        ItemChange.SCHEMA_VERSION, item.item().id(), source, item.item().link(), item.item().title(),
                        ChangeKind.EDITED, 2, List.of(new DiffChunk(DiffChunk.Op.DELETE, "5"), new DiffChunk(DiffChunk.Op.INSERT, "7")),
                        "hash-2", 200, Instant.parse("2026-12-06T10:00:00Z"))));
                // the changes consumer says it waits for the database, and is not a reason to restart
                await().atMost(DEADLINE).untilAsserted(() -> management(managementUrl).get("/q/health/ready").then()
                        .statusCode(503).body(containsString("changes"), containsString("waiting for the database")));
                management(managementUrl).get("/q/health/live").then().statusCode(200);
            } finally {
                TestPostgres.startServer();
            }

            await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                    .then().statusCode(200).body("status", equalTo("edited")).body("versionCount", equalTo(2)));
            await().atMost(DEADLINE).until(() -> receiver.receipts(hook).size() == 2);
            await().during(Duration.ofSeconds(3)).atMost(DEADLINE).until(() -> receiver.receipts(hook).size() == 2);
            assertThat(receiver.receipts(hook)).extracting(WebhookReceiver.Receipt::event)
                    .containsExactlyInAnyOrder("item", "item-changed");
            // an outage is no poison: nothing of this item went to the dead-letter topic
            assertThat(dlq.drain(r -> item.item().id().equals(r.key()), Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void theApiSaysTheDatabaseIsAwayAndWhenToAskAgainWhileItIsDown() {
        TestPostgres.stopServer();
        try {
            // an outage is not an unexpected error to report with an error id: a 503 the client retries after Retry-After
            await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                    .body("detail", containsString("database is unavailable")));
            Api.asAdmin().get("/api/subscriptions").then().statusCode(503).header("Retry-After", "30");
        } finally {
            TestPostgres.startServer();
        }
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items").then().statusCode(200));
    }
}
