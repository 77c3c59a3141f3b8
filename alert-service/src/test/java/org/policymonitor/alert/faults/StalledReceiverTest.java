package org.policymonitor.alert.faults;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A webhook receiver that answers its headers and then never finishes the body delays only its own subscription:
 * the send ends at the whole-exchange deadline (connect 5 s + request 10 s) and is retried, while another
 * subscription's alerts keep arriving within seconds and are recorded as delivered.
 */
@QuarkusTest
class StalledReceiverTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(8);

    // two servers, as two receivers of different subscribers would be
    private WebhookReceiver stalling;
    private WebhookReceiver healthy;

    @BeforeEach
    void startReceivers() {
        stalling = new WebhookReceiver();
        healthy = new WebhookReceiver();
    }

    @AfterEach
    void stopReceivers() {
        stalling.close();
        healthy.close();
    }

    @Test
    void aStalledReceiverDelaysOnlyItsOwnSubscription() {
        String slowSource = TestItems.uniqueSource("stalled");
        String fastSource = TestItems.uniqueSource("healthy");
        long slow = Api.subscribe(webhook("stalled receiver", stalling.endpoint("stalled", Behaviour.STALL), slowSource));
        long fast = Api.subscribe(webhook("healthy receiver", healthy.endpoint("healthy", Behaviour.ACCEPT), fastSource));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            // two alerts, one after the other, so that every path that sends is holding a stalled exchange
            publish(kafka, DistinctEvents.item(slowSource, 0));
            await().atMost(Deadlines.ARRIVES).until(() -> stalling.requests() >= 1);
            publish(kafka, DistinctEvents.item(slowSource, 1));
            await().atMost(Deadlines.ARRIVES).until(() -> stalling.requests() >= 2);

            for (int i = 1; i <= 3; i++) {
                publish(kafka, DistinctEvents.item(fastSource, 1 + i));
                int expected = i;
                await().atMost(PROMPTLY).until(() -> healthy.requests() >= expected);
            }
            await().atMost(PROMPTLY).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", fast)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("deliveries.status", everyItem(equalTo("delivered"))));
            assertThat(healthy.receipts()).extracting(WebhookReceiver.Receipt::deliveryId).doesNotHaveDuplicates();

            // the stalled exchanges end at the deadline and are retried, not held
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", slow)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("deliveries.lastError", everyItem(startsWith("timeout"))));
        } finally {
            Api.asAdmin().delete("/api/subscriptions/" + slow).then().statusCode(204);
        }
    }

    private static void publish(KafkaTestClient kafka, ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }

    private static String webhook(String name, String url, String source) {
        return """
                {"name":"%s","channel":"webhook","url":"%s","secret":"stall-test-secret-0123456789",
                 "sources":["%s"]}""".formatted(name, url, source);
    }
}
