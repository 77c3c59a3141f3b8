package org.policymonitor.system.bench;

import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The benchmark's receiver in its own JVM: answers like a subscriber, and reports each alert's arrival to this JVM. */
class ReceiverProcessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anAlertIsAnsweredAndItsArrivalReportedByItemId() throws Exception {
        Map<String, Instant> arrivals = new ConcurrentHashMap<>();
        Instant before = Instant.now();
        try (ReceiverProcess receiver = new ReceiverProcess(arrivals::putIfAbsent)) {
            HttpResponse<Void> alert = post(receiver.url(), "{\"type\":\"item\",\"item\":{\"title\":\"t\",\"id\":\"item-1\"}}");
            HttpResponse<Void> other = post(receiver.url(), "not an alert");

            assertThat(alert.statusCode()).isEqualTo(204);
            assertThat(other.statusCode()).isEqualTo(204);
            await().atMost(Deadlines.ARRIVES).until(() -> receiver.requests() == 2);
            assertThat(arrivals).containsOnlyKeys("item-1");
            assertThat(arrivals.get("item-1")).isBetween(before, Instant.now());
            assertThat(receiver.pid()).isNotEqualTo(ProcessHandle.current().pid());
        }
    }

    private static HttpResponse<Void> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
