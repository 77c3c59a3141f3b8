package org.policymonitor.alert.faults;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.TestPostgres;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.policymonitor.testing.http.ManagementPort.management;

/**
 * The alert database goes away for longer than the consumer's unacknowledged-record limit while items and a
 * source status arrive; when it returns, everything is stored once and alerted once, with nobody restarting
 * anything. The limit is 1 s here ({@link FaultsProfile}) instead of SmallRye's 60 s so that the outage that used to
 * kill the {@code classified} channel for good (TooManyMessagesWithoutAckException) fits in a short test (until
 * 6 December 2026 a 3 s limit and a 10 s outage: the same several times over, 6 s longer).
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class DatabaseOutageTest {

    /** Health and metrics are on the management port, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final int ITEMS = 12;

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @AfterAll
    static void stop() {
        TestPostgres.startServer(); // never leave the shared server down for the next test class
    }

    @Test
    void itemsAndStatusesArrivingWhileTheDatabaseIsDownAreStoredAndAlertedOnceItReturns() {
        String source = TestItems.uniqueSource("outage");
        String address = "outage-" + UUID.randomUUID() + "@example.org";
        Api.subscribe("""
                {"name":"outage desk","channel":"email","email":"%s","sources":["%s"],"sourceHealth":true}"""
                .formatted(address, source));
        // the consumers are assigned and running before the outage begins
        ClassifiedItem first = DistinctEvents.item(source, ITEMS);
        kafka.send(Topics.ITEMS_CLASSIFIED, first.item().id(), TestItems.json(first));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);

        List<String> ids = new ArrayList<>(List.of(first.item().id()));
        TestPostgres.stopServer();
        try {
            for (int i = 0; i < ITEMS; i++) {
                ClassifiedItem item = DistinctEvents.item(source, i);
                ids.add(item.item().id());
                kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
            }
            kafka.send(Topics.SOURCES_STATUS, source, EventJson.toJson(new SourceStatus(source, "Outage source",
                    SourceHealth.FAILING, SourceHealth.OK, "HTTP 503", Instant.now(), Instant.now(), 3, Instant.now())));

            // while it waits: not ready, with the reason; alive (a restart would not bring the database back)
            await().atMost(DEADLINE).untilAsserted(() -> management(managementUrl).get("/q/health/ready").then()
                    .statusCode(503).body(containsString("waiting for the database")));
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(metric(
                    "policy_alert_consumer_waiting_seconds{channel=\"classified\"}")).isGreaterThan(0));
            // the outage outlasts the unacknowledged-record limit several times over; the consumers stay alive
            await().during(OUTAGE).atMost(OUTAGE.plus(DEADLINE)).untilAsserted(() ->
                    management(managementUrl).get("/q/health/live").then().statusCode(200));
        } finally {
            TestPostgres.startServer();
        }

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().queryParam("source", source)
                .queryParam("size", 200).get("/api/items").then().statusCode(200)
                .body("total", equalTo(ITEMS + 1)));
        // one alert per item and one for the status change, none twice
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == ITEMS + 2);
        await().during(Duration.ofSeconds(3)).atMost(DEADLINE).until(() -> Mails.to(address).size() == ITEMS + 2);
        assertThat(Mails.to(address)).extracting(Mails.Mail::subject).doesNotHaveDuplicates();
        assertThat(Mails.to(address)).filteredOn(m -> m.subject().contains("Source alert")).hasSize(1);
        // ready again once the database check, asked every 5 s, has had its answer since the restart: awaited
        await().atMost(DEADLINE).untilAsserted(() -> management(managementUrl).get("/q/health/ready").then().statusCode(200));
        assertThat(metric("policy_alert_consumer_waiting_seconds{channel=\"classified\"}")).isZero();
    }

    private double metric(String series) {
        String body = management(managementUrl).get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(-1.0);
    }
}
