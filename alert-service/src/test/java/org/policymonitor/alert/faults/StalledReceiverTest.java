package org.policymonitor.alert.faults;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.KafkaTestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    private HttpServer stalling;
    private HttpServer healthy;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger stalledRequests = new AtomicInteger();
    private final List<String> healthyDeliveries = new CopyOnWriteArrayList<>();
    private ExecutorService threads;

    @BeforeEach
    void startReceivers() throws IOException {
        threads = Executors.newCachedThreadPool();
        stalling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stalling.createContext("/", exchange -> {
            stalledRequests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0); // chunked: the client waits for the rest of the body
            OutputStream body = exchange.getResponseBody();
            body.write('{');
            body.flush();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        stalling.setExecutor(threads);
        stalling.start();
        healthy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        healthy.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            healthyDeliveries.add(exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Delivery"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        healthy.setExecutor(threads);
        healthy.start();
    }

    @AfterEach
    void stopReceivers() {
        release.countDown();
        stalling.stop(0);
        healthy.stop(0);
        threads.shutdownNow();
    }

    @Test
    void aStalledReceiverDelaysOnlyItsOwnSubscription() {
        String slowSource = TestItems.uniqueSource("stalled");
        String fastSource = TestItems.uniqueSource("healthy");
        long slow = Api.subscribe(webhook("stalled receiver", stalling, slowSource));
        long fast = Api.subscribe(webhook("healthy receiver", healthy, fastSource));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            // two alerts, one after the other, so that every path that sends is holding a stalled exchange
            publish(kafka, DistinctEvents.item(slowSource, 0));
            await().atMost(Duration.ofSeconds(30)).until(() -> stalledRequests.get() >= 1);
            publish(kafka, DistinctEvents.item(slowSource, 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> stalledRequests.get() >= 2);

            for (int i = 1; i <= 3; i++) {
                publish(kafka, DistinctEvents.item(fastSource, 1 + i));
                int expected = i;
                await().atMost(PROMPTLY).until(() -> healthyDeliveries.size() >= expected);
            }
            await().atMost(PROMPTLY).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", fast)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("deliveries.status", everyItem(equalTo("delivered"))));
            assertThat(healthyDeliveries).doesNotHaveDuplicates();

            // the stalled exchanges end at the deadline and are retried, not held
            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", slow)
                    .get("/api/deliveries").then().statusCode(200)
                    .body("deliveries.lastError", everyItem(startsWith("timeout"))));
        } finally {
            Api.asAdmin().delete("/api/subscriptions/" + slow).then().statusCode(204);
        }
    }

    private static void publish(KafkaTestClient kafka, ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }

    private static String webhook(String name, HttpServer server, String source) {
        return """
                {"name":"%s","channel":"webhook","url":"http://127.0.0.1:%d/hook/%s","secret":"stall-test-secret-0123456789",
                 "sources":["%s"]}""".formatted(name, server.getAddress().getPort(), UUID.randomUUID(), source);
    }
}
