package org.policymonitor.alert.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deliveries of an item's detail come in one order every time: the rows one message writes share their creation
 * time (the outbox writes them in the transaction that stores the item, with one clock reading), so ordered by it
 * alone they came in whatever order the database read them — here the order they were written, the later
 * subscription first — and a page or a script comparing two reads saw the list reshuffled.
 */
@QuarkusTest
class DeliveryOrderTest {

    @Inject
    Outbox outbox;

    @Test
    void deliveriesCreatedTogetherAreListedBySubscription() {
        String source = TestItems.uniqueSource("delivery-order");
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон об искусственном интеллекте");
        String id = item.item().id();
        // subscriptions of another source: the consumer owes them nothing for this item, the test writes their rows
        long first = subscribe("first", source);
        long second = subscribe("second", source);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(Topics.ITEMS_CLASSIFIED, id, TestItems.json(item));
        }
        await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                Api.asAnalyst().get("/api/items/" + id).then().statusCode(200));

        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> outbox.write(List.of(
                new Outbox.Owed(SubscriptionEntity.findById(second), id, null),
                new Outbox.Owed(SubscriptionEntity.findById(first), id, null)), now));

        // the item also owes alerts to other tests' subscriptions of every source, written when it was stored: only the
        // two rows written together here are compared
        List<Long> listed = Api.asAnalyst().get("/api/items/" + id).then().statusCode(200)
                .extract().jsonPath().getList("deliveries.subscriptionId", Long.class);
        assertThat(listed.stream().filter(s -> s == first || s == second).toList())
                .as("deliveries created at one instant, by subscription").containsExactly(first, second);
    }

    private static long subscribe(String name, String source) {
        return Api.subscribe("""
                {"name":"%s","channel":"email","email":"%s@example.org","sources":["%s-elsewhere"]}"""
                .formatted(name, name, source));
    }
}
