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
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * While a delivery is being sent (its row leased to a sender), neither an admin's retry nor a flush makes it due
 * again: either would start a second send of the same alert next to the first.
 */
@QuarkusTest
class LeasedDeliveryTest {

    private HttpServer slow;
    private ExecutorService threads;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        threads = Executors.newCachedThreadPool();
        slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            try {
                release.await(60, TimeUnit.SECONDS); // the send is in flight until released
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.setExecutor(threads);
        slow.start();
    }

    @AfterEach
    void stopReceiver() {
        release.countDown();
        slow.stop(0);
        threads.shutdownNow();
    }

    @Test
    void retryAndFlushLeaveAnInFlightDeliveryAlone() {
        String source = TestItems.uniqueSource("leased");
        long subscription = Api.subscribe("""
                {"name":"leased","channel":"webhook","url":"http://127.0.0.1:%d/hook/%s","secret":"leased-secret-0123456789",
                 "sources":["%s"]}""".formatted(slow.getAddress().getPort(), UUID.randomUUID(), source));
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон в пути");
            kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> requests.get() == 1);
        String delivery = Api.asAdmin().queryParam("subscriptionId", subscription).get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getString("deliveries[0].id");

        Api.asAdmin().post("/api/deliveries/" + delivery + "/retry").then().statusCode(409);
        Api.asAdmin().post("/api/subscriptions/" + subscription + "/flush").then().statusCode(200)
                .body("deliveriesDueNow", equalTo(0));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).until(() -> requests.get() == 1);

        release.countDown();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.asAdmin().get("/api/deliveries/" + delivery)
                .then().body("status", equalTo("delivered")).body("attempts", equalTo(1)));
    }
}
