package org.policymonitor.alert;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Several workers (as several instances would) claiming from the same outbox at once send every alert exactly once:
 * FOR UPDATE SKIP LOCKED hands each row to one claimer.
 */
@QuarkusTest
class ConcurrentWorkersTest {

    static WebhookReceiver receiver;

    @Inject
    DeliveryWorker worker;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void fourExtraWorkersNeverSendAnAlertTwice() throws Exception {
        String source = TestItems.uniqueSource("contention");
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(200));
        long subscription = Api.subscribe("""
                {"name":"contention","channel":"webhook","url":"%s","secret":"0123456789abcdef-secret","sources":["%s"]}"""
                .formatted(url, source));

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                workers.submit(() -> {
                    while (running.get()) {
                        worker.runOnce();
                    }
                    return null;
                });
            }
            int count = 60;
            try (KafkaTestClient kafka = new KafkaTestClient()) {
                IntStream.range(0, count).forEach(i -> {
                    ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон №" + i);
                    kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
                });
            }
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin()
                    .queryParam("subscriptionId", subscription).queryParam("status", "delivered")
                    .get("/api/deliveries").then().body("total", equalTo(count)));
            await().during(Duration.ofSeconds(1)).atMost(Deadlines.ARRIVES)
                    .until(() -> receiver.receipts(hook).size() == count);
            List<String> ids = receiver.receipts(hook).stream().map(r -> r.header("X-PolicyMonitor-Delivery"))
                    .distinct().toList();
            assertThat(ids).hasSize(count);
        } finally {
            running.set(false);
            workers.shutdown();
        }
    }
}
