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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An admin narrows a digest subscription (fewer themes, fewer sources) while alerts wait for the digest time: the
 * alerts about items the subscription no longer asks for are withdrawn, and the digest lists only what it now asks
 * for. They stayed owed: the next digest told the desk about a theme it had just unsubscribed from.
 */
@QuarkusTest
class SubscriptionFilterChangeTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void aDigestNarrowedToOneThemeNoLongerSendsTheWaitingAlertsOfTheOther() {
        String source = TestItems.uniqueSource("narrowed");
        String address = "narrowed-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(digest(address, source, "\"ai-law\",\"cybersecurity\""));
        ClassifiedItem law = TestItems.tagged(TestItems.feedItem(source, "Parliament passes the model law on AI",
                "Deputies voted in the second reading.", "en"), "ai-law", "model law");
        ClassifiedItem breach = TestItems.tagged(TestItems.feedItem(source, "Ransomware hits a regional hospital",
                "Patients' records were encrypted overnight.", "en"), "cybersecurity", "Ransomware");
        List.of(law, breach).forEach(i -> kafka.send(Topics.ITEMS_CLASSIFIED, i.item().id(), TestItems.json(i)));
        awaitPending(subscription, 2);

        Api.asAdmin().body(digest(address, source, "\"ai-law\"")).put("/api/subscriptions/" + subscription)
                .then().statusCode(200);
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(200);

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(Mails.to(address)).hasSize(1));
        Mails.Mail mail = Mails.to(address).get(0);
        assertThat(mail.text()).as("the digest sent after the subscription was narrowed to ai-law")
                .contains("Parliament passes the model law on AI")
                .doesNotContain("Ransomware hits a regional hospital");
    }

    @Test
    void aDigestWidenedKeepsTheAlertsWaitingForIt() {
        String source = TestItems.uniqueSource("widened");
        String address = "widened-" + UUID.randomUUID() + "@example.org";
        long subscription = Api.subscribe(digest(address, source, "\"ai-law\""));
        ClassifiedItem law = TestItems.tagged(TestItems.feedItem(source, "Government approves the AI strategy",
                "The strategy runs to 2030.", "en"), "ai-law", "AI strategy");
        kafka.send(Topics.ITEMS_CLASSIFIED, law.item().id(), TestItems.json(law));
        awaitPending(subscription, 1);

        Api.asAdmin().body(digest(address, source, "\"ai-law\",\"cybersecurity\""))
                .put("/api/subscriptions/" + subscription).then().statusCode(200);

        awaitPending(subscription, 1);
    }

    private static String digest(String address, String source, String themes) {
        return """
                {"name":"desk","channel":"email","email":"%s","sources":["%s"],"themes":[%s],"mode":"digest",
                 "digest":%s}""".formatted(address, source, themes, Digests.dailyFarFromNow());
    }

    private static void awaitPending(long subscription, int count) {
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .queryParam("status", "pending").get("/api/deliveries").then().body("total", equalTo(count)));
    }
}
