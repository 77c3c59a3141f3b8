package org.policymonitor.alert.faults;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.TestPostgres;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The alert database FREEZES (SIGSTOP: a paused VM, a swapped-out host, a network black hole) while items arrive:
 * its connections stay open and no byte answers. Unlike a stopped server, nothing is refused, so every call without
 * a deadline would hang. The health probes must still answer within seconds — ready DOWN naming the database,
 * live UP — because a probe that hangs is a probe that fails (Kubernetes restarts the pod in a loop, and the
 * operator sees a timeout instead of the cause); and once the server runs again, every item is stored once and
 * alerted once.
 */
@QuarkusTest
class DatabaseFreezeTest {

    /** The deployment's probes wait 3 s (timeoutSeconds); 5 here leaves room for a loaded 2-core test machine. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final Duration FROZEN = Duration.ofSeconds(20);
    private static final int ITEMS = 8;

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @AfterAll
    static void thaw() {
        TestPostgres.thawServer(); // never leave the shared server frozen for the next test class
    }

    @Test
    void probesAnswerWhileTheDatabaseIsFrozenAndNothingIsLostOnceItRuns() throws Exception {
        String source = TestItems.uniqueSource("freeze");
        String address = "freeze-" + UUID.randomUUID() + "@example.org";
        Api.subscribe("""
                {"name":"freeze desk","channel":"email","email":"%s","sources":["%s"]}""".formatted(address, source));
        ClassifiedItem first = DistinctEvents.item(source, ITEMS);
        kafka.send(Topics.ITEMS_CLASSIFIED, first.item().id(), TestItems.json(first));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);

        TestPostgres.freezeServer();
        try {
            for (int i = 0; i < ITEMS; i++) {
                ClassifiedItem item = DistinctEvents.item(source, i);
                kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
            }
            // every probe answers in time: ready says DOWN and why, live stays UP (a restart would not thaw the host)
            await().atMost(DEADLINE).untilAsserted(() -> {
                HttpResponse<String> ready = probe("/q/health/ready");
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
                assertThat(ready.body()).contains("the database");
            });
            await().during(FROZEN).atMost(FROZEN.plus(DEADLINE)).untilAsserted(() -> {
                assertThat(probe("/q/health/live").statusCode()).isEqualTo(200);
                assertThat(probe("/q/health/ready").statusCode()).isEqualTo(503);
            });
        } finally {
            TestPostgres.thawServer();
        }

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(probe("/q/health/ready").statusCode()).isEqualTo(200));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().queryParam("source", source)
                .queryParam("size", 200).get("/api/items").then().statusCode(200).body("total", equalTo(ITEMS + 1)));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == ITEMS + 1);
        await().during(Duration.ofSeconds(3)).atMost(DEADLINE).until(() -> Mails.to(address).size() == ITEMS + 1);
        assertThat(Mails.to(address)).extracting(Mails.Mail::subject).doesNotHaveDuplicates();
    }

    /** A probe as the kubelet makes it: an answer within the probe's timeout, or the probe failed. */
    private HttpResponse<String> probe(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl.toString()).resolve(path))
                .timeout(PROBE_TIMEOUT).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
