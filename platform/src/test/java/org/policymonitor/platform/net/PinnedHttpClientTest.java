package org.policymonitor.platform.net;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

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
}
