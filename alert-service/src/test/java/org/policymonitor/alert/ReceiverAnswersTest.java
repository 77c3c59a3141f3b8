package org.policymonitor.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.alert.delivery.DeliveryLedger;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;
import org.policymonitor.testing.http.WebhookReceiver.Receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Receivers as they answer in the wild: each send ends delivered (once), retrying with the reason, or dead with the
 * reason — shown by the deliveries API and counted by a metric; nothing sent again once delivered.
 */
@QuarkusTest
class ReceiverAnswersTest {

    static WebhookReceiver receiver;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 303, 307, 308})
    void aRedirectIsDeadNamingWhereItPoints(int status) {
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(status).withHeader("Location", "https://elsewhere.example/x"));
        double before = registry.counter("policy.alert.webhook.final.failures", "reason", "redirect").count();
        long id = alertOnce(url, "редирект " + status);

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("dead"))
                .body("deliveries[0].lastHttpStatus", equalTo(status))
                .body("deliveries[0].lastError", startsWith("HTTP " + status
                        + ": the receiver redirects to https://elsewhere.example/x; redirects are not followed")));
        assertThat(registry.counter("policy.alert.webhook.final.failures", "reason", "redirect").count())
                .isEqualTo(before + 1);
        assertThat(receiver.receipts(hook)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204})
    void aSuccessIsDeliveredOnce(int status) {
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, status == 204 ? Answer.status(204) : Answer.status(status).withBody("{\"ok\":true}"));
        long id = alertOnce(url, "успех " + status);

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered"))
                .body("deliveries[0].lastHttpStatus", equalTo(status)));
        await().during(Duration.ofMillis(500)).atMost(Deadlines.ARRIVES).until(() -> receiver.receipts(hook).size() == 1);
    }

    /**
     * What a receiver answers reaches the delivery's lastError (the console's outbox) and the WARN line saying the
     * delivery is dead: on one line, as typed by nobody. A next line (NEL U+0085, the line and paragraph separators
     * U+2028 and U+2029), another C1 control such as the 8-bit CSI (U+009B) that starts a terminal escape, and a
     * right-to-left override (U+202E) were kept: only C0 controls were taken out, so a receiver could forge a second
     * log line or show the admin its text reversed.
     */
    @Test
    void aReceiversAnswerReachesTheOutboxOnOneLineWithoutControlsOrDirectionOverrides() {
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(404).withBody("no hook\u0085WARN subscription 1 deleted"
                + "\u2028then\u2029more \u009B2J \u202Eesrever\u202C \u2067isolated\u2069 end"));
        long id = alertOnce(url, "ответ с управляющими символами");

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("dead"))
                .body("deliveries[0].lastError", equalTo("HTTP 404: no hook WARN subscription 1 deleted then more 2J "
                        + "esrever isolated end")));
    }

    /** The body is read to its end but not kept: a 10 MB answer neither fills memory nor fails the send. */
    @Test
    void aSuccessWithATenMegabyteBodyIsDeliveredOnce() {
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(200).withBody("x".repeat(10 * 1024 * 1024)));
        long id = alertOnce(url, "большой ответ");

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered"))
                .body("deliveries[0].attempts", equalTo(1)));
        await().during(Duration.ofMillis(500)).atMost(Deadlines.ARRIVES).until(() -> receiver.receipts(hook).size() == 1);
    }

    /**
     * A receiver that sends its headers and then never finishes its body costs the send its whole-exchange deadline
     * (connect + request timeout: 15 s with the defaults), no more: the delivery records the timeout and is sent again,
     * not held. (That such a stall holds up no other subscription is {@code faults.StalledReceiverTest}'s.)
     */
    @Test
    void aReceiverThatNeverFinishesItsAnswerTimesOutAndIsSentAgain() {
        try (WebhookReceiver stalling = new WebhookReceiver()) { // its own: a stall holds the receiver's threads
            long id = alertOnce(stalling.endpoint("stalled", Behaviour.STALL), "ответ без конца");
            try {
                await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                        .get("/api/deliveries").then().body("deliveries[0].status", equalTo("pending"))
                        .body("deliveries[0].lastError", startsWith("timeout")));
                await().atMost(Deadlines.ARRIVES).until(() -> stalling.requests() >= 2);
            } finally {
                Api.asAdmin().delete("/api/subscriptions/" + id).then().statusCode(204);
            }
        }
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateWaitsThatLong() {
        String hook = UUID.randomUUID().toString();
        // an hour away, so that it is still ahead however long the first send takes on a loaded machine (it was 3 s
        // away: a send 3 s late found the date past and waited the 100 ms backoff)
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0);
        String when = DateTimeFormatter.RFC_1123_DATE_TIME.format(date);
        // 429 until the test has seen the delivery pending: a 202 scripted second was often taken before the test
        // looked, and "pending" never came (load average 60: "Expected: pending  Actual: delivered within 2 minutes")
        String url = receiver.endpoint(hook, Answer.status(429).withHeader("Retry-After", when).withBody("slow down"));
        long id = alertOnce(url, "429 с датой");

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("pending"))
                .body("deliveries[0].lastError", equalTo("HTTP 429: slow down")));
        List<Receipt> requests = receiver.awaitReceipts(hook, 2);
        long gap = Duration.between(requests.get(0).arrived(), requests.get(1).arrived()).toMillis();
        // the test profile caps any wait at policy.alert.retry.max-delay, 1 s
        assertThat(gap).as("waited for the HTTP date (up to the 1 s cap) rather than the 100 ms test backoff")
                .isGreaterThanOrEqualTo(900);
        receiver.answer(hook, Answer.status(202));
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
    }

    @Test
    void a503WithoutRetryAfterIsRetriedWithTheReasonUntilItAnswers() {
        String hook = UUID.randomUUID().toString();
        String url = receiver.endpoint(hook, Answer.status(503).withBody("down for maintenance"));
        double retries = registry.counter("policy.alert.deliveries", "outcome", "retry").count();
        try (CapturedLog log = CapturedLog.warnings(DeliveryLedger.class)) {
            long id = alertOnce(url, "503 без Retry-After");

            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                    .get("/api/deliveries").then().body("deliveries[0].status", equalTo("pending"))
                    .body("deliveries[0].attempts", greaterThanOrEqualTo(5))
                    .body("deliveries[0].lastHttpStatus", equalTo(503))
                    .body("deliveries[0].lastError", equalTo("HTTP 503: down for maintenance")));
            assertThat(registry.counter("policy.alert.deliveries", "outcome", "retry").count()).isGreaterThan(retries);
            String delivery = receiver.receipts(hook).get(0).deliveryId();
            List<String> lines = log.lines().stream().filter(line -> line.contains(delivery)).toList();
            assertThat(lines).as("a WARN line for the operator at the 1st, 2nd and 4th attempt, not at every retry")
                    .hasSizeBetween(3, 4)
                    .allSatisfy(line -> assertThat(line).contains("to subscription " + id)
                            .contains("HTTP 503: down for maintenance").contains("next attempt at"));
            assertThat(lines.get(0)).contains("failed on attempt 1,");
            assertThat(lines.get(2)).contains("failed on attempt 4,");
            deliveredOnceAfterAnswering(hook, id);
        }
    }

    private void deliveredOnceAfterAnswering(String hook, long id) {
        receiver.answer(hook, Answer.status(200));
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
        int sent = receiver.receipts(hook).size();
        await().during(Duration.ofMillis(500)).atMost(Deadlines.ARRIVES).until(() -> receiver.receipts(hook).size() == sent);
        assertThat(receiver.receipts(hook)).extracting(Receipt::deliveryId).containsOnly(receiver.receipts(hook).get(0).deliveryId());
    }

    /**
     * A receiver that drops the connection in the middle of its answer (status line, headers, half the body) has not
     * given a complete answer: retried with the I/O error as the reason, under the same delivery id, until it answers.
     */
    @Test
    void aReceiverClosingTheConnectionMidAnswerIsRetriedWithTheReason() throws Exception {
        AtomicBoolean cut = new AtomicBoolean(true);
        List<String> deliveryIds = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread cutter = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        deliveryIds.add(readRequest(s.getInputStream()));
                        OutputStream out = s.getOutputStream();
                        if (cut.get()) {
                            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"ok\":".getBytes(StandardCharsets.US_ASCII));
                        } else {
                            out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.flush();
                    } catch (IOException e) {
                        // closed by the test, or the sender gave up: next connection
                    }
                }
            }, "cutting-receiver");
            cutter.setDaemon(true);
            cutter.start();
            long id = alertOnce("http://127.0.0.1:" + server.getLocalPort() + "/hook", "обрыв ответа");

            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                    .get("/api/deliveries").then().body("deliveries[0].status", equalTo("pending"))
                    .body("deliveries[0].attempts", greaterThanOrEqualTo(2))
                    .body("deliveries[0].lastError", startsWith("I/O error")));
            cut.set(false);
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", id)
                    .get("/api/deliveries").then().body("deliveries[0].status", equalTo("delivered")));
            int sent = deliveryIds.size();
            await().during(Duration.ofMillis(500)).atMost(Deadlines.ARRIVES).until(() -> deliveryIds.size() == sent);
            assertThat(deliveryIds).containsOnly(deliveryIds.get(0));
        }
    }

    /** Reads one request's head and body; returns its delivery id header. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request cut");
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        String id = null;
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            } else if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("X-PolicyMonitor-Delivery")) {
                id = line.substring(colon + 1).trim();
            }
        }
        in.readNBytes(length);
        return id;
    }

    private long alertOnce(String url, String title) {
        String source = TestItems.uniqueSource("answers");
        long id = Api.subscribe(AlertDeliveryTest.webhookSubscription(url, source));
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон: " + title);
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
        return id;
    }
}
