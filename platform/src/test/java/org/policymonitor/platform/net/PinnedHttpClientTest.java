package org.policymonitor.platform.net;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.SelfSignedTls;
import org.policymonitor.testing.http.WebhookReceiver;

import javax.net.ssl.SSLContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PinnedHttpClientTest {

    /**
     * The name in the URL does not even resolve: the request reaches the server only because the client connects to
     * the address the policy resolved and checked, never resolving the name a second time (no DNS rebinding).
     */
    @Test
    void theRequestGoesToTheCheckedAddressWithTheOriginalHostHeader() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<String> host = new AtomicReference<>();
        AtomicReference<String> pathAndQuery = new AtomicReference<>();
        server.createContext("/", exchange -> {
            host.set(exchange.getRequestHeaders().getFirst("Host"));
            pathAndQuery.set(exchange.getRequestURI().toString());
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            URI uri = URI.create("http://receiver.pinned.invalid:" + port + "/hook/a%20b?x=1&y=%C3%A9");
            AddressPolicy.Resolved target = new AddressPolicy.Resolved("receiver.pinned.invalid",
                    InetAddress.getLoopbackAddress(), false);
            HttpResponse<String> response = new PinnedHttpClient(Duration.ofSeconds(5)).send(
                    HttpRequest.newBuilder(uri).header("X-Test", "1")
                            .POST(HttpRequest.BodyPublishers.ofString("payload")).build(),
                    target, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("payload");
            assertThat(host.get()).isEqualTo("receiver.pinned.invalid:" + port);
            assertThat(pathAndQuery.get()).isEqualTo("/hook/a%20b?x=1&y=%C3%A9");
        } finally {
            server.stop(0);
        }
    }

    /**
     * The JDK's client takes the JVM's default TLS context as it is built — loading the JDK's TLS stack and its CA
     * certificates — unless given one; a service whose webhooks are all plain HTTP needs none of it (perf7 in
     * system-tests/BENCHMARK.md: ~500 classes and their code in alert-service).
     */
    @Test
    void plainHttpLeavesTheDefaultTlsContextUntouched() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        SSLContext jvmDefault = SSLContext.getDefault();
        SSLContext.setDefault(new DefaultTlsOnDemand(() -> {
            asked.incrementAndGet();
            return jvmDefault;
        }));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            URI uri = URI.create(receiver.url());
            HttpResponse<String> response = new PinnedHttpClient(Duration.ofSeconds(5)).send(
                    HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    AddressPolicy.ANY.resolve(uri), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(asked).as("times the JVM's default TLS context was used for a plain-HTTP request").hasValue(0);
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }

    /** An https request still goes out with the JVM's default context (its trust), fetched when first needed. */
    @Test
    void httpsUsesTheDefaultTlsContextOnceNeeded() throws Exception {
        SelfSignedTls tls = SelfSignedTls.localhost();
        AtomicInteger asked = new AtomicInteger();
        SSLContext jvmDefault = SSLContext.getDefault();
        SSLContext trustsTheReceiver = tls.client();
        SSLContext.setDefault(new DefaultTlsOnDemand(() -> {
            asked.incrementAndGet();
            return trustsTheReceiver;
        }));
        try (WebhookReceiver receiver = WebhookReceiver.overTls(tls)) {
            // the JDK client's connect timeout covers the TLS handshake too, the first of which loads the TLS stack:
            // 5 s ran out on a machine at load 50 ("HTTP connect timed out"); this test is not about that timeout
            PinnedHttpClient client = new PinnedHttpClient(Deadlines.ARRIVES);
            URI uri = URI.create(receiver.url());
            AddressPolicy.Resolved target = new AddressPolicy.Resolved("localhost", InetAddress.getLoopbackAddress(), false);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        target, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(204);
            }

            assertThat(uri.getScheme()).isEqualTo("https");
            // the receiver marks a 204 accepted after it sent it, so the client may have it first: waited for
            await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                    assertThat(receiver.receipts()).hasSize(2).allMatch(WebhookReceiver.Receipt::accepted));
            assertThat(asked).as("the default context, asked for once, at the first TLS request").hasValue(1);
        } finally {
            SSLContext.setDefault(jvmDefault);
        }
    }
}
