package org.policymonitor.alert;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.contract.PlatformEndpointsContract;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** The platform endpoints' contract (testing module): health reflects Kafka and the database; and what alert adds. */
@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    PlatformEndpointsTest() {
        super("Kafka", "Database");
    }

    @Test
    void outboxGaugesAndDeliveryCountersAreExported() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                management().get("/q/metrics").then().statusCode(200)
                        .body(containsString("policy_alert_outbox_deliveries{status=\"pending\"}"))
                        .body(containsString("policy_alert_outbox_oldest_overdue_seconds")));
    }

    @Test
    void consumerHealthGaugesAndDeadLetterCountersAreExported() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                management().get("/q/metrics").then().statusCode(200)
                        .body(containsString("policy_alert_consumer_waiting_seconds{channel=\"classified\"}"))
                        .body(containsString("policy_alert_consumer_waiting_seconds{channel=\"source-status\"}"))
                        .body(containsString("policy_alert_consumer_oldest_unprocessed_seconds{channel=\"classified\"}"))
                        .body(containsString("policy_alert_consumer_lag_records{channel=\"classified\"}"))
                        .body(containsString("policy_alert_consumer_lag_records{channel=\"source-status\"}"))
                        .body(containsString("policy_alert_dead_letters_total{channel=\"classified\"}"))
                        .body(containsString("policy_alert_dead_letters_total{channel=\"source-status\"}")));
    }

    @Test
    void kafkaClientMetricsAreExportedFromOneThread() {
        assertKafkaClientMetricsFromOneThread();
    }

    /** Awaited: the dependencies' checks answer in the background (see readinessIsUpAndReflectsTheDependencies). */
    @Test
    void readinessNamesTheConsumers() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> management().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("alert-service consumers")));
    }
}
