package org.policymonitor.alert.faults;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.TestPostgres;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.policymonitor.testing.http.ManagementPort.management;

/**
 * What the delivery worker writes to the log while PostgreSQL is away (stopped for real): it ticks every second in
 * tests (every 2 s by default, ~1,800 ticks an hour), and an operator needs to read that the outage began and why,
 * that it lasts, and that it ended — not one line per tick. Readiness says it all along.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class DeliveryOutageLogTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    /** Several ticks of the worker (one a second in tests), far less than the reminder interval (5 min). */
    private static final Duration DOWN = Duration.ofSeconds(5);

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @AfterEach
    void restart() {
        TestPostgres.startServer(); // never leave the shared server down for the next test
    }

    @Test
    void anOutageIsLoggedOnceWhenItBeginsAndOnceWhenItEnds() {
        try (CapturedLog log = CapturedLog.infoAndAbove(DeliveryWorker.class)) {
            TestPostgres.stopServer();
            try {
                await().atMost(DEADLINE).until(() -> !log.warningLines().isEmpty());
                await().during(DOWN).atMost(DOWN.plus(DEADLINE)).untilAsserted(() ->
                        assertThat(log.warningLines()).as("the worker's warnings while the database is away")
                                .hasSize(1));
                assertThat(log.warningLines().get(0)).contains("the database is unreachable")
                        .contains("deliveries wait");
                // the health check says it meanwhile, as before
                management(managementUrl).get("/q/health/ready").then().statusCode(503)
                        .body(containsString("Database"));
            } finally {
                TestPostgres.startServer();
            }
            await().atMost(DEADLINE).untilAsserted(() -> assertThat(log.lines())
                    .anySatisfy(line -> assertThat(line).contains("the database is back after")));
            assertThat(log.warningLines()).hasSize(1);
        }
    }
}
