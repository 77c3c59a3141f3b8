package org.policymonitor.testing.contract;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.ManagementPort;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What ops rely on from every service: health that reflects the real dependencies, Prometheus metrics, the API
 * description — on the management port, none of it on the API port — and an API that needs credentials and
 * answers problem+json. A service's test extends it with {@code @QuarkusTest}, names its readiness checks and adds
 * its own:
 * <pre>
 * &#64;QuarkusTest
 * class PlatformEndpointsTest extends PlatformEndpointsContract {
 *     PlatformEndpointsTest() {
 *         super("Kafka", "Database");
 *     }
 * }
 * </pre>
 * The service's tests need the users of platform's shared configuration ({@code analyst / analyst-pass}).
 */
public abstract class PlatformEndpointsContract {

    @TestHTTPResource(value = "/", management = true)
    protected URL managementUrl;
    @TestHTTPResource("/")
    URL contractApiUrl;

    private final List<String> readinessChecks;

    /** @param readinessChecks a part of the name of each readiness check the service must have (its dependencies) */
    protected PlatformEndpointsContract(String... readinessChecks) {
        this.readinessChecks = List.of(readinessChecks);
    }

    protected RequestSpecification management() {
        return ManagementPort.management(managementUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/health/ready"})
    void operationsEndpointsAreNotReadableOnTheApiPort(String path) {
        given().when().get(path).then().statusCode(not(200));
    }

    /**
     * Awaited, not read once: the checks are asked in the background (every 5 s, each answer due within 2 s), so the
     * probe reads "not asked yet" just after the service started — this test may be the first of a fresh start, after
     * a test profile — and "no answer within 2000 ms" after a question that a loaded machine did not answer in time.
     */
    @Test
    void readinessIsUpAndReflectsTheDependencies() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> {
            var ready = management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            for (String check : readinessChecks) {
                ready.body("checks.name", hasItem(containsString(check)));
            }
        });
    }

    @Test
    void livenessIsUp() {
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreServed() {
        management().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        management().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        management().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * A 401 is problem+json like every other error, and keeps the challenge ({@code WWW-Authenticate: Basic}) that
     * tells a client how to log in: without credentials, with a wrong password, with an unknown user, with a header
     * that is not Basic at all ({@code Bearer …} where no mechanism reads bearer tokens, {@code Digest …}: until
     * trial16 a bare 401 with no body, as no mechanism failed — none took the header).
     */
    @Test
    void theApiNeedsCredentialsAndAnswersProblemJson() {
        unauthorized(given());
        unauthorized(given().auth().preemptive().basic("analyst", "wrong"));
        unauthorized(given().auth().preemptive().basic("nobody-at-all", "wrong"));
        unauthorized(given().header("Authorization", "Basic not-base64!"));
        unauthorized(given().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."));
        unauthorized(given().header("Authorization", "Digest username=\"analyst\""));
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    /**
     * Every spelling of a path under {@code /api} that the security layer protects gets the same problem+json 401:
     * the bare {@code /api}, a doubled slash, a matrix parameter on the first segment (JAX-RS routes
     * {@code /api;x=1/items} to {@code /api/items}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "//api/no-such-thing", "/api;x=1/no-such-thing", "/api/./no-such-thing"})
    void everySpellingOfAnApiPathAnswersProblemJson(String path) {
        for (RequestSpecification request : List.of(given(), given().auth().preemptive().basic("analyst", "wrong"))) {
            request.urlEncodingEnabled(false).when().get(path).then().statusCode(401)
                    .header("WWW-Authenticate", containsStringIgnoringCase("basic realm="))
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }

    /**
     * A change (here a POST) that the browser says a page of another site sent — {@code Sec-Fetch-Site: cross-site},
     * an {@code Origin} or {@code Referer} of another host, {@code Origin: null} — is a problem+json 403 before any
     * endpoint sees it, however the path is spelt: a logged-in user's browser resends the saved Basic credentials, so
     * without this a page elsewhere could flush, retry or poll with an admin's rights. A client that names no origin
     * (curl, scripts) and a page of this site pass on (here to the 404 of a path that does not exist), and so does a
     * read.
     */
    @Test
    void aChangeAPageOfAnotherSiteSendsIsRefused() {
        String self = "http://" + contractApiUrl.getHost() + ":" + contractApiUrl.getPort();
        List<String[]> crossSite = List.of(new String[]{"Sec-Fetch-Site", "cross-site"},
                new String[]{"Sec-Fetch-Site", "same-site"}, new String[]{"Origin", "https://evil.example"},
                new String[]{"Origin", "null"}, new String[]{"Referer", "https://evil.example/page.html"},
                new String[]{"Origin", self + ".evil.example"});
        for (String[] header : crossSite) {
            for (String path : List.of("/api/no-such-thing", "//api/no-such-thing", "/api;x=1/no-such-thing")) {
                given().auth().preemptive().basic("analyst", "analyst-pass").header(header[0], header[1])
                        .urlEncodingEnabled(false).when().post(path).then()
                        .statusCode(403).contentType("application/problem+json")
                        .body("status", equalTo(403)).body("detail", containsString("another site"));
            }
        }
        var analyst = given().auth().preemptive().basic("analyst", "analyst-pass");
        analyst.when().post("/api/no-such-thing").then().statusCode(404);
        analyst.header("Origin", self).when().post("/api/no-such-thing").then().statusCode(404);
        given().auth().preemptive().basic("analyst", "analyst-pass").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "https://proxy-rewrote-the-host.example").when().post("/api/no-such-thing")
                .then().statusCode(404);
        given().auth().preemptive().basic("analyst", "analyst-pass").header("Origin", "https://evil.example")
                .when().get("/api/no-such-thing").then().statusCode(404);
    }

    /**
     * For a service whose Kafka clients SmallRye creates: their own metrics ({@code kafka_consumer_*},
     * {@code kafka_producer_*}, which the alert rules and the dashboard read) are exported, and one thread refreshes
     * them for every client — not a thread per client, as Quarkus' Micrometer binder has it (platform's
     * {@code KafkaClientMeters}; perf7 in system-tests/BENCHMARK.md).
     */
    protected void assertKafkaClientMetricsFromOneThread() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> management().get("/q/metrics").then().statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max{"))
                .body(containsString("kafka_producer_record_send_total{")));
        Map<String, Long> threads = Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.contains("kafka-metrics") || name.contains("kafka-client-meters"))
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertThat(threads).as("threads refreshing the Kafka clients' metrics").containsExactly(entry("kafka-client-meters", 1L));
    }

    private static void unauthorized(RequestSpecification request) {
        request.when().get("/api/no-such-thing").then().statusCode(401)
                .header("WWW-Authenticate", containsStringIgnoringCase("basic realm="))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", not(emptyOrNullString()));
    }
}
