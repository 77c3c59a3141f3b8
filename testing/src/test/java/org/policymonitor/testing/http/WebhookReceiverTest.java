package org.policymonitor.testing.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.WebhookReceiver.Answer;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;
import org.policymonitor.testing.http.WebhookReceiver.Receipt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The tests' webhook receiver over real HTTP: scripted answers, what it records of each request, waiting for requests. */
class WebhookReceiverTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aScriptedEndpointAnswersInTurnAndKeepsItsLastAnswer() throws Exception {
        String url = receiver.endpoint("flaky", Answer.status(500), Answer.status(429).withHeader("Retry-After", "1"),
                Answer.status(410).withBody("endpoint removed"));

        HttpResponse<String> first = post(url, "one");
        HttpResponse<String> second = post(url, "two");
        HttpResponse<String> third = post(url, "three");
        HttpResponse<String> fourth = post(url, "four");

        assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode(), fourth.statusCode()))
                .containsExactly(500, 429, 410, 410);
        assertThat(second.headers().firstValue("Retry-After")).contains("1");
        assertThat(third.body()).isEqualTo("endpoint removed");
        assertThat(receiver.receipts("flaky")).extracting(Receipt::status).containsExactly(500, 429, 410, 410);
        assertThat(receiver.receipts("flaky")).noneMatch(Receipt::accepted);

        receiver.answer("flaky", Answer.status(200));
        assertThat(post(url, "five").statusCode()).isEqualTo(200);
        // "accepted" means the answer reached the sender complete: the server knows it only after writing it, which may
        // be after the client has read it
        await().atMost(Deadlines.ARRIVES).until(() -> receiver.receipts("flaky").get(4).accepted());
    }

    @Test
    void everyRequestIsRecordedWithItsHeadersBodyAndArrival() throws Exception {
        String url = receiver.endpoint("signed", Behaviour.ACCEPT);
        String body = "{\"title\":\"Модельный закон\"}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-PolicyMonitor-Delivery", "d-1").header("X-PolicyMonitor-Event", "item")
                .header("X-Other", "seen").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        Receipt receipt = receiver.receipts("signed").get(0);
        assertThat(receipt.deliveryId()).isEqualTo("d-1");
        assertThat(receipt.event()).isEqualTo("item");
        assertThat(receipt.header("x-other")).isEqualTo("seen");
        assertThat(receipt.header("X-Missing")).isNull();
        assertThat(receipt.body()).isEqualTo(body);
        assertThat(receipt.bytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(receipt.status()).isEqualTo(204);
        assertThat(receipt.arrived()).isNotNull();
        assertThat(receiver.receipts("other")).isEmpty();
        assertThat(url).isEqualTo("http://127.0.0.1:" + receiver.port() + receiver.path("signed"));
    }

    @Test
    void awaitingReceiptsReturnsThemOnceTheyHaveAllArrived() {
        String url = receiver.endpoint("later", Answer.status(202));
        CompletableFuture<Void> sends = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 3; i++) {
                post(url, "n" + i);
            }
        });

        List<Receipt> receipts = receiver.awaitReceipts("later", 3);

        assertThat(receipts).extracting(Receipt::body).containsExactly("n0", "n1", "n2");
        sends.join();
    }

    private static HttpResponse<String> post(String url, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
