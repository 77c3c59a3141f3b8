package org.policymonitor.alert.faults;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;
import org.policymonitor.testing.net.FreezableProxy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The SMTP server FREEZES (a paused VM, packets dropped: the connection stays open, no reply comes) while alerts are
 * owed, then runs again. Each send ends at its deadline and is retried; the webhook subscription of the same items
 * keeps getting them; after the thaw every alert arrives. SMTP cannot take back a send abandoned at its deadline:
 * the thawed server may finish it beside its retry (the mail client keeps the exchange open), so an alert can
 * arrive twice — and then both copies carry one Message-ID made from the delivery id, which mail systems and
 * clients recognise as one message, while no two alerts ever share one.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class SmtpFreezeTest {

    /** Between the mailer and the test's SMTP server (the profile's). */
    private static final FreezableProxy SMTP = FaultsProfile.SMTP;
    private static final Duration FROZEN = Duration.ofSeconds(20);
    private static final int ITEMS = 4;

    @AfterAll
    static void thawProxy() {
        SMTP.thaw(); // never leave the profile's mail path frozen for the next test class
    }

    @Test
    void mailsOwedWhileSmtpIsFrozenArriveOnceAfterItRunsAgainAndWebhooksKeepFlowing() {
        try (WebhookReceiver receiver = new WebhookReceiver(); KafkaTestClient kafka = new KafkaTestClient()) {
            frozenWhileAlertsAreOwed(receiver, kafka);
        }
    }

    private static void frozenWhileAlertsAreOwed(WebhookReceiver receiver, KafkaTestClient kafka) {
        String source = TestItems.uniqueSource("smtp-freeze");
        String address = "smtp-freeze-" + UUID.randomUUID() + "@example.org";
        long mail = Api.subscribe("""
                {"name":"frozen mail desk","channel":"email","email":"%s","sources":["%s"]}""".formatted(address, source));
        Api.subscribe("""
                {"name":"webhook beside","channel":"webhook","url":"%s","secret":"freeze-test-secret-0123456789",
                 "sources":["%s"]}""".formatted(receiver.endpoint("beside", Behaviour.ACCEPT), source));
        publish(kafka, DistinctEvents.item(source, 0));
        await().atMost(Deadlines.ARRIVES).until(() -> Mails.to(address).size() == 1);

        SMTP.freeze();
        try {
            for (int i = 1; i <= ITEMS; i++) {
                publish(kafka, DistinctEvents.item(source, i));
            }
            // the webhook subscription does not wait for the mail server
            await().atMost(Deadlines.ARRIVES).until(() -> receiver.requests() == ITEMS + 1);
            // each send ends at its deadline, is recorded as such and retried
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", mail)
                    .queryParam("status", "pending").get("/api/deliveries").then()
                    .body("deliveries.size()", greaterThanOrEqualTo(ITEMS))
                    .body("deliveries.lastError", everyItem(startsWith("SMTP"))));
            // the server stays frozen long enough for several deadlines and retries; no mail gets through meanwhile
            await().during(FROZEN).atMost(FROZEN.plus(Deadlines.ARRIVES)).until(() -> Mails.to(address).size() == 1);
        } finally {
            SMTP.thaw();
        }

        await().atMost(Deadlines.ARRIVES).until(() -> Mails.to(address).stream().map(Mails.Mail::subject).distinct()
                .count() == ITEMS + 1);
        // one Message-ID per alert, made from its delivery id, so the same on every copy of it
        assertThat(Mails.to(address)).allSatisfy(m -> assertThat(m.messageId())
                .isEqualTo("<" + m.deliveryId() + "@policy-monitor>"));
        Map<String, Set<String>> idsBySubject = Mails.to(address).stream().collect(Collectors.groupingBy(
                Mails.Mail::subject, Collectors.mapping(Mails.Mail::messageId, Collectors.toSet())));
        assertThat(idsBySubject).hasSize(ITEMS + 1).allSatisfy((subject, ids) -> assertThat(ids).as(subject).hasSize(1));
        assertThat(idsBySubject.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(ITEMS + 1);
        assertThat(receiver.receipts()).extracting(WebhookReceiver.Receipt::deliveryId).doesNotHaveDuplicates();
    }

    private static void publish(KafkaTestClient kafka, ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }
}
