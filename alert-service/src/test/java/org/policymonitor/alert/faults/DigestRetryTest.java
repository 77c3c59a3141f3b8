package org.policymonitor.alert.faults;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Digests;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.http.WebhookReceiver.Receipt;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A digest whose send failed is retried whole, under the one id it was first sent with; an item owed later goes
 * in a digest of its own, never into the failed one (which would change its content under the same id, or give
 * the old items a new id the receiver cannot de-duplicate).
 */
@QuarkusTest
class DigestRetryTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    static WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void aFailedDigestIsRetriedWholeWithOneId() {
        String source = TestItems.uniqueSource("digest-retry");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(503));
        long subscription = Api.subscribe("""
                {"name":"digest retry","channel":"webhook","url":"%s","secret":"digest-retry-secret-0123456789",
                 "sources":["%s"],"mode":"digest","digest":%s}"""
                .formatted(url, source, Digests.dailyFarFromNow()));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            for (int i = 0; i < 3; i++) {
                publish(kafka, DistinctEvents.item(source, i));
            }
            awaitDeliveries(subscription, 3);
            flush(subscription);
            await().atMost(DEADLINE).until(() -> receiver.receipts(hook).size() >= 2); // failed, and failed again

            publish(kafka, DistinctEvents.item(source, 3));
            awaitDeliveries(subscription, 4);
            flush(subscription);
            receiver.answer(hook, Answer.status(204));

            await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                    .queryParam("status", "delivered").get("/api/deliveries").then().body("total", equalTo(4)));
        }

        List<Receipt> sent = receiver.receipts(hook);
        Map<String, Set<String>> itemsById = new HashMap<>();
        Map<String, String> idByItem = new HashMap<>();
        for (Receipt e : sent) {
            String id = e.header("X-PolicyMonitor-Delivery");
            Set<String> items = itemIds(e.body());
            assertThat(itemsById.computeIfAbsent(id, k -> items)).as("digest %s always carries the same items", id)
                    .isEqualTo(items);
            for (String item : items) {
                assertThat(idByItem.computeIfAbsent(item, k -> id)).as("item %s always goes in one digest", item)
                        .isEqualTo(id);
            }
        }
        assertThat(itemsById.values()).extracting(Set::size).containsExactlyInAnyOrder(3, 1);
        List<String> delivered = sent.stream().filter(e -> e.status() == 204)
                .flatMap(e -> itemIds(e.body()).stream()).toList();
        assertThat(delivered).hasSize(4).doesNotHaveDuplicates();
    }

    private static void publish(KafkaTestClient kafka, ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }

    private static void awaitDeliveries(long subscription, int total) {
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().body("total", equalTo(total)));
    }

    private static void flush(long subscription) {
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> itemIds(String body) {
        try {
            Map<String, Object> digest = EventJson.mapper().readValue(body, Map.class);
            Set<String> ids = new HashSet<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) digest.get("items")) {
                ids.add((String) ((Map<String, Object>) entry.get("item")).get("id"));
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("not a digest: " + body, e);
        }
    }
}
