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

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * While a delivery is being sent (its row leased to a sender), neither an admin's retry nor a flush makes it due
 * again: either would start a second send of the same alert next to the first.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class) // the held send must not end at the default 15 s deadline while the test checks
class LeasedDeliveryTest {

    private WebhookReceiver receiver;
    private String hook;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
        hook = receiver.endpoint(UUID.randomUUID().toString(), Behaviour.HOLD); // the send is in flight until released
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void retryAndFlushLeaveAnInFlightDeliveryAlone() {
        String source = TestItems.uniqueSource("leased");
        long subscription = Api.subscribe("""
                {"name":"leased","channel":"webhook","url":"%s","secret":"leased-secret-0123456789",
                 "sources":["%s"]}""".formatted(hook, source));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон в пути");
            kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        }
        await().atMost(Deadlines.ARRIVES).until(() -> receiver.requests() == 1);
        String delivery = Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getString("deliveries[0].id");

        Api.asAdmin().post("/api/deliveries/" + delivery + "/retry").then().statusCode(409);
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(200)
                .body("deliveriesDueNow", equalTo(0));
        await().during(Duration.ofSeconds(4)).atMost(Deadlines.ARRIVES).until(() -> receiver.requests() == 1);

        receiver.release();
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().get("/api/deliveries/" + delivery)
                .then().body("status", equalTo("delivered")).body("attempts", equalTo(1)));
    }
}
