package org.policymonitor.alert;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Digests;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An admin changes when a subscription is sent — a digest made immediate, a daily digest made hourly: the alerts
 * already waiting follow the new schedule. They kept the send time of the old one: switched to immediate, the items
 * stored before the switch waited up to a day for a digest time the subscription no longer had, while items stored
 * after it went out at once.
 */
@QuarkusTest
class SubscriptionScheduleChangeTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void aDigestSwitchedToImmediateSendsTheAlertsWaitingForItNow() {
        String source = TestItems.uniqueSource("to-immediate");
        String address = "to-immediate-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(digest(address, source, Digests.dailyFarFromNow()));
        publishTwoItems(source);
        awaitPending(subscription, 2);

        Api.asAdmin().body("""
                {"name":"desk","channel":"email","email":"%s","sources":["%s"],"mode":"immediate"}"""
                .formatted(address, source)).put("/api/subscriptions/" + subscription).then().statusCode(200);

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(Mails.to(address))
                .as("the two alerts waiting for the digest time, once the subscription is immediate").hasSize(2));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "delivered").get("/api/deliveries").then().body("total", equalTo(2)));
    }

    @Test
    void aDailyDigestMadeHourlySendsTheAlertsWaitingForItAtTheNextHour() {
        String source = TestItems.uniqueSource("to-hourly");
        String address = "to-hourly-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(digest(address, source, Digests.dailyFarFromNow()));
        publishTwoItems(source);
        awaitPending(subscription, 2);

        Instant saved = Instant.now();
        Api.asAdmin().body(digest(address, source, "{\"period\":\"hourly\"}"))
                .put("/api/subscriptions/" + subscription).then().statusCode(200);

        Instant nextHour = saved.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        List<String> due = Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("deliveries.nextAttemptAt");
        assertThat(due).as("the waiting alerts' send time after the digest became hourly (saved at %s)", saved)
                .hasSize(2).allSatisfy(at -> assertThat(Instant.parse(at)).isBeforeOrEqualTo(nextHour));
    }

    private static String digest(String address, String source, String digest) {
        return """
                {"name":"desk","channel":"email","email":"%s","sources":["%s"],"mode":"digest","digest":%s}"""
                .formatted(address, source, digest);
    }

    /** Two different events (a digest lists a story once). */
    private static void publishTwoItems(String source) {
        List<ClassifiedItem> items = List.of(
                TestItems.tagged(TestItems.feedItem(source, "Модельный закон об ИИ обсудили в Минске",
                        "Эксперты из 12 стран обсудили проект на конференции.", "ru"), "ai-law", "Модельный закон"),
                TestItems.tagged(TestItems.feedItem(source, "Kazakhstan proposes a model law on digital platforms",
                        "Astana sent 40 amendments to the text.", "en"), "ai-law", "model law"));
        items.forEach(i -> kafka.send(Topics.ITEMS_CLASSIFIED, i.item().id(), TestItems.json(i)));
    }

    private static void awaitPending(long subscription, int count) {
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "pending").get("/api/deliveries").then().body("total", equalTo(count)));
    }
}
