package org.policymonitor.alert;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.ShippedPolicyNoTicks;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Webhooks with the shipped default (no private addresses) and an allow-list naming {@code localhost}: internal
 * addresses are refused when a subscription is saved and again at send; receivers' answers are kept short and shown
 * to admins only.
 */
@QuarkusTest
@TestProfile(ShippedPolicyNoTicks.class)
class OutboundAddressTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    static WebhookReceiver receiver;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8081/api/sources",
            "http://[::ffff:7f00:1]:8081/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/",
            "http://[::1]/", "http://10.0.0.5/hook", "http://100.64.1.1/", "http://[fd00::1]/", "http://0.0.0.0:5432/",
            "http://[fe80::1]/", "http://224.0.0.1/"})
    void aWebhookToAnInternalAddressIsRefusedWhenSaved(String url) {
        Api.asAdmin().body(webhook(url, "x")).post("/api/subscriptions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }

    /**
     * Disguised internal addresses were saved: {@code 0177.0.0.1} (127.0.0.1 to browsers and curl, 177.0.0.1 to Java),
     * {@code 0x7f000001} and {@code 017700000001} (unknown names to Java, so "not resolvable yet"), a zoned link-local
     * address and a name under {@code localhost} that had not resolved. Each is a 400 naming the field.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1/hook", "http://0x7f000001/hook", "http://017700000001/",
            "http://2130706433:8081/", "http://0251.0376.0251.0376/latest/meta-data/", "http://[fe80::1%25eth0]/",
            "http://metadata.localhost./"})
    void aWebhookToADisguisedInternalAddressIsRefusedWhenSaved(String url) {
        Api.asAdmin().body(webhook(url, "x")).post("/api/subscriptions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }

    @Test
    void anAllowedHostIsAcceptedAndAnAddressThatBecameInternalIsRefusedAtSend() throws Exception {
        String source = TestItems.uniqueSource("ssrf");
        String hook = UUID.randomUUID().toString();
        receiver.answer(hook, Answer.status(204));
        String path = receiver.path(hook);
        long id = Api.subscribe(webhook("http://localhost:" + receiver.port() + path, source));
        // the stored URL now names an internal address (as a name that later resolves elsewhere would)
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE subscription SET url = ? WHERE id = ?")) {
            s.setString(1, "http://127.0.0.1:" + receiver.port() + path);
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и SSRF");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .queryParam("status", "dead").get("/api/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("deliveries[0].lastError", startsWith("refused: 127.0.0.1")));
        assertThat(receiver.receipts(hook)).as("nothing was sent").isEmpty();
    }

    @Test
    void aReceiversAnswerIsKeptShortAndShownToAdminsOnly() {
        String source = TestItems.uniqueSource("leak");
        String hook = UUID.randomUUID().toString();
        receiver.answer(hook, Answer.status(404).withBody("internal page\n" + "secret ".repeat(200)));
        String path = receiver.path(hook);
        long id = Api.subscribe(webhook("http://localhost:" + receiver.port() + path, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон и ответ");
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().get("/api/items/" + item.item().id()).then()
                .statusCode(200)
                .body("deliveries[0].lastError", startsWith("HTTP 404: internal page secret"))
                .body("deliveries[0].lastError.length()", lessThanOrEqualTo(140)));
        Api.asAnalyst().get("/api/items/" + item.item().id()).then().statusCode(200)
                .body("deliveries[0].status", equalTo("dead"))
                .body("deliveries[0].lastError", nullValue());
        assertThat(id).isPositive();
    }

    static String webhook(String url, String source) {
        return """
                {"name":"hook","channel":"webhook","url":"%s","secret":"webhook-secret-0123456789","sources":["%s"]}"""
                .formatted(url, source);
    }
}
