package org.policymonitor.alert;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Addresses as new users type them, over the API and then a real alert (GreenMail, a real HTTP receiver): each is
 * either accepted and delivered to the address it names, or refused with problem+json naming the field — never saved
 * and then failing every send.
 */
@QuarkusTest
class OddSubscriberAddressesTest {

    static WebhookReceiver receiver;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    /** Typed address → the address the mail is sent to. */
    @ParameterizedTest
    @ValueSource(strings = {
            "ops+alerts-%s@example.org → ops+alerts-%s@example.org",
            "  spaced-%s@example.org  → spaced-%s@example.org",
            "user-%s@bücher.example → user-%s@xn--bcher-kva.example",
            "Ops-%s@Example.ORG → Ops-%s@Example.ORG",
            "a234567890123456789012345678901234567890123456789012345678-%.4s@example.org → a234567890123456789012345678901234567890123456789012345678-%.4s@example.org"})
    void anOddButValidAddressIsSavedAndMailed(String typedAndSent) {
        String tag = UUID.randomUUID().toString().replace("-", "");
        String[] parts = typedAndSent.split(" → ");
        String typed = parts[0].formatted(tag);
        String sent = parts[1].formatted(tag);
        String source = TestItems.uniqueSource("odd-mail");
        long id = Api.subscribe(AlertDeliveryTest.emailSubscription(typed, source, ""));
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200).body("email", equalTo(sent));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и адрес " + tag);
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(Deadlines.ARRIVES).until(() -> Mails.to(sent).size() == 1);
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"анализ@пример.бел", "user@example.org.", "user.@example.org", ".user@example.org",
            "a2345678901234567890123456789012345678901234567890123456789012345@example.org", "user@@example.org",
            "user@example", "user@-example.org", "us er@example.org"})
    void anAddressNoServerWouldTakeIsRefusedNamingTheField(String typed) {
        Api.asAdmin().body(AlertDeliveryTest.emailSubscription(typed, "belta-ru", "")).post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("email"));
    }

    @Test
    void webhookUrlsWithPortPathQueryAndFragmentAreDelivered() {
        String source = TestItems.uniqueSource("odd-url");
        String plain = UUID.randomUUID().toString();
        String query = UUID.randomUUID().toString();
        String fragment = UUID.randomUUID().toString();
        String upper = UUID.randomUUID().toString();
        String unicode = UUID.randomUUID().toString();
        receiver.answer(unicode, Answer.status(204));
        receiver.answer(plain, Answer.status(204));
        receiver.answer(query, Answer.status(204));
        receiver.answer(fragment, Answer.status(204));
        receiver.answer(upper, Answer.status(204));
        List<Long> ids = List.of(
                Api.subscribe(AlertDeliveryTest.webhookSubscription(
                        "http://localhost:" + receiver.port() + receiver.path(plain), source)),
                Api.subscribe(AlertDeliveryTest.webhookSubscription(
                        "http://localhost:" + receiver.port() + receiver.path(query) + "?token=a%20b&x=1", source)),
                Api.subscribe(AlertDeliveryTest.webhookSubscription(
                        "http://localhost:" + receiver.port() + receiver.path(fragment) + "#section", source)),
                Api.subscribe(AlertDeliveryTest.webhookSubscription(
                        "HTTP://LOCALHOST:" + receiver.port() + receiver.path(upper), source)),
                Api.subscribe(AlertDeliveryTest.webhookSubscription(
                        "http://localhost:" + receiver.port() + receiver.path(unicode) + "?канал=новости", source)));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и адреса вебхуков");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        for (long id : ids) {
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                    .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
        }
        assertThat(receiver.receipts(plain)).hasSize(1);
        assertThat(receiver.receipts(query)).hasSize(1);
        assertThat(receiver.receipts(fragment)).hasSize(1);
        assertThat(receiver.receipts(upper)).hasSize(1);
        assertThat(receiver.receipts(unicode)).hasSize(1);
    }

    @Test
    void aWebhookToTheIpv6LoopbackIsDeliveredWhenPrivateAddressesAreAllowed() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 10);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().toString());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String source = TestItems.uniqueSource("ipv6");
            long id = Api.subscribe(AlertDeliveryTest.webhookSubscription(
                    "http://[::1]:" + server.getAddress().getPort() + "/hook?x=1", source));
            ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и IPv6");
            kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                    .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
            assertThat(paths).containsExactly("/hook?x=1");
        } finally {
            server.stop(0);
        }
    }

    /**
     * A host in Unicode is stored, checked and called in its ASCII form. No IDN name resolves on the build machine, so
     * the send ends where a name not (yet) in DNS ends — retried, the reason naming the ASCII host that was looked up.
     */
    @Test
    void aWebhookWithAnIdnHostIsStoredAndCalledInAscii() {
        String source = TestItems.uniqueSource("idn-host");
        long id = Api.subscribe(AlertDeliveryTest.webhookSubscription(
                "http://пример.localhost:" + receiver.port() + "/hooks/idn?к=1", source));
        Api.asAdmin().get("/api/subscriptions/" + id).then().statusCode(200)
                .body("url", equalTo("http://xn--e1afmkfd.localhost:" + receiver.port() + "/hooks/idn?к=1"));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и IDN");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("pending"))
                .body("deliveries[0].lastError", equalTo("unknown host xn--e1afmkfd.localhost")));
        Api.asAdmin().delete("/api/subscriptions/" + id).then().statusCode(204);
    }
}
