package org.policymonitor.alert.delivery.webhook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.platform.net.PinnedHttpClient;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.SelfSignedTls;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;

import javax.net.ssl.SSLContext;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The exchange of one webhook with a real receiver (JDK server on this machine): answered sends complete on the
 * sending thread, and a receiver that stalls mid-answer costs the sender its deadline, no more.
 */
class WebhookExchangeTest {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    /** Long, so that a send ended by the request timeout is far from one ended by the exchange's own deadline. */
    private static final Duration REQUEST = Duration.ofSeconds(60);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final PinnedHttpClient client = new PinnedHttpClient(CONNECT);

    @AfterEach
    void stop() {
        receiver.close();
    }

    /**
     * The system benchmark's profile of the send path (perf3): one thread started and ended per webhook — the JDK
     * completes {@code sendAsync}'s future through CompletableFuture's default executor, a new thread per task when the
     * common pool has parallelism 1 (a machine of one or two cores, as this one and small containers).
     */
    @Test
    void sendingStartsNoThreadPerWebhook() throws Exception {
        WebhookExchange exchange = new WebhookExchange(client, CONNECT.plus(REQUEST));
        String url = receiver.url();
        assertThat(exchange.send(post(url), target(url)).statusCode()).isEqualTo(204); // the client's own threads start

        long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        for (int i = 0; i < 50; i++) {
            assertThat(exchange.send(post(url), target(url)).statusCode()).isEqualTo(204);
        }
        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;

        assertThat(started).as("threads started in this JVM while 50 webhooks were sent one after the other")
                .isLessThan(10);
        // the receiver marks a 204 accepted after it sent it, so the sender may have it first: waited for, not raced
        await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                assertThat(receiver.receipts()).hasSize(51).allMatch(WebhookReceiver.Receipt::accepted));
    }

    @Test
    void aBodyThatNeverEndsFailsTheSendAtTheDeadline() {
        Duration deadline = Duration.ofMillis(1_500);
        WebhookExchange exchange = new WebhookExchange(client, deadline);
        String url = receiver.endpoint("stalled", Behaviour.STALL); // headers at once, then the body is owed

        long start = System.nanoTime();
        assertThatThrownBy(() -> exchange.send(post(url), target(url)))
                .isInstanceOf(HttpTimeoutException.class)
                .hasMessage("no complete response within 1500 ms");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // not the request timeout (60 s), not forever; 20 s of slack for a loaded machine (until 6 December 2026 the
        // request timeout was 10 s and the slack 5 s)
        assertThat(took).isBetween(deadline, deadline.plusSeconds(20));
        assertThat(receiver.receipts("stalled")).hasSize(1);
    }

    /**
     * An https receiver gets its webhook with the JVM's default trust, which the client takes only when the first TLS
     * connection needs it (platform's DefaultTlsOnDemand: plain-HTTP webhooks never load the JDK's TLS stack).
     */
    @Test
    void anHttpsReceiverGetsItsWebhook() throws Exception {
        SelfSignedTls tls = SelfSignedTls.localhost();
        SSLContext jvmDefault = SSLContext.getDefault();
        SSLContext.setDefault(tls.client()); // the default trust of this JVM: the receiver's certificate
        try (WebhookReceiver https = WebhookReceiver.overTls(tls)) {
            // the JDK client's connect timeout covers the TLS handshake too, the first of which loads the TLS stack:
            // 5 s ran out on a machine at load 50 ("HTTP connect timed out"); this test is not about that timeout
            WebhookExchange exchange = new WebhookExchange(new PinnedHttpClient(Deadlines.ARRIVES),
                    Deadlines.ARRIVES.plus(REQUEST));
            String url = https.url();
            AddressPolicy.Resolved target = new AddressPolicy.Resolved("localhost", InetAddress.getLoopbackAddress(), false);

            assertThat(url).startsWith("https://localhost:");
            assertThat(exchange.send(post(url), target).statusCode()).isEqualTo(204);
            await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                    assertThat(https.receipts()).hasSize(1).allMatch(WebhookReceiver.Receipt::accepted));
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }

    private static HttpRequest post(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST)
                .POST(HttpRequest.BodyPublishers.ofString("{\"alert\":true}")).build();
    }

    private static AddressPolicy.Resolved target(String url) throws AddressPolicy.BlockedAddressException {
        return AddressPolicy.ANY.resolve(URI.create(url));
    }
}
