package org.policymonitor.alert.faults;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A webhook receiver that answers its headers and then never finishes the body delays only its own subscription:
 * another subscription's alerts arrive and are recorded as delivered while the stalled exchanges are still held.
 * <p>
 * The claim is an order, not a number of seconds. The stalled exchanges last until the test releases them, well inside
 * the profile's 2 min request deadline ({@link FaultsProfile}), so that a loaded machine that takes its time over the
 * healthy alerts cannot end the stall first; a send path held by a stall would still show: the healthy alerts would
 * wait for it. Until 6 December 2026 the stall ended at a 45 s deadline, which the healthy alerts had to beat (a
 * machine where a 30 s wait has timed out need not), and the test waited for it every run; that a stalled exchange
 * ends at its deadline and is retried is {@code ReceiverAnswersTest}'s, with the default deadline.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class StalledReceiverTest {

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
                await().atMost(Deadlines.ARRIVES).until(() -> healthy.requests() >= expected);
            }
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", fast)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("deliveries.status", everyItem(equalTo("delivered"))));
            assertThat(healthy.receipts()).extracting(WebhookReceiver.Receipt::deliveryId).doesNotHaveDuplicates();
            // ... while both stalled exchanges were still held: neither had ended (no error) nor been sent again
            Api.asAdmin().queryParam("subscriptionId", slow).get("/api/deliveries").then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("deliveries.lastError", everyItem(nullValue()));
            assertThat(stalling.requests()).as("requests to the stalled receiver").isEqualTo(2);

            // once the receiver finishes its answers, the held exchanges end delivered, each sent once
            stalling.release();
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", slow)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("deliveries.status", everyItem(equalTo("delivered"))));
            assertThat(stalling.requests()).as("requests to the stalled receiver").isEqualTo(2);
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
