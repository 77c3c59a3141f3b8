package org.policymonitor.ingest.health;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.TestPostgres;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ingest's database FREEZES (SIGSTOP: a paused VM, a swapped-out host, a network black hole) in the middle of a
 * poll. The probes must still answer within seconds — ready DOWN saying the database is silent, live UP — instead of
 * hanging with it (the readiness details read the sources' state and the archive from the database); once it runs
 * again the poll ends and publishes what it found, once.
 */
@QuarkusTest
class DatabaseFreezeTest {

    /** The deployment's probes wait 3 s (timeoutSeconds); 5 here leaves room for a loaded 2-core test machine. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FROZEN = Duration.ofSeconds(15);

    static FeedServer server;

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @BeforeAll
    static void start() {
        server = new FeedServer();
    }

    @AfterAll
    static void stop() {
        TestPostgres.thawServer(); // never leave the shared server frozen for the next test class
        server.close();
    }

    @Test
    void probesAnswerWhileTheDatabaseIsFrozenAndThePollEndsOnceItRuns() throws Exception {
        String id = TestFeeds.uniqueId("freeze");
        server.serve("/" + id, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 3)));
        SourceDefinition source = TestFeeds.feedSource(id, server.url("/" + id));
        assertThat(poller.poll(source, true).newItems()).isEqualTo(3);
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> assertThat(probe("/q/health/ready").statusCode())
                .isEqualTo(200));

        server.serve("/" + id, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 5)));
        CompletableFuture<PollReport> poll;
        TestPostgres.freezeServer();
        try {
            poll = CompletableFuture.supplyAsync(() -> poller.poll(source, true));
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> {
                HttpResponse<String> ready = probe("/q/health/ready");
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
                assertThat(ready.body()).contains("the database");
            });
            await().during(FROZEN).atMost(FROZEN.plus(Deadlines.ARRIVES)).untilAsserted(() -> {
                assertThat(probe("/q/health/live").statusCode()).isEqualTo(200);
                assertThat(probe("/q/health/ready").statusCode()).isEqualTo(503);
            });
        } finally {
            TestPostgres.thawServer();
        }

        assertThat(poll.get(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS).newItems()).isEqualTo(2);
        assertThat(store.publishedCount(id)).isEqualTo(5);
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> assertThat(probe("/q/health/ready").statusCode())
                .isEqualTo(200));
    }

    /** A probe as the kubelet makes it: an answer within the probe's timeout, or the probe failed. */
    private HttpResponse<String> probe(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl.toString()).resolve(path))
                .timeout(PROBE_TIMEOUT).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
