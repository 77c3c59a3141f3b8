package org.policymonitor.classifier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.contract.PlatformEndpointsContract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** The platform endpoints' contract (testing module): health reflects Kafka; and what the classifier adds. */
@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    PlatformEndpointsTest() {
        super("Kafka");
    }

    @Test
    void theConsumerLagIsExportedUnderTheServicePrefix() {
        await().atMost(Deadlines.ARRIVES).untilAsserted(() ->
                management().get("/q/metrics").then().statusCode(200)
                        .body(containsString("policy_classifier_consumer_lag_records{channel=\"items-raw\"}")));
    }

    @Test
    void kafkaClientMetricsAreExportedFromOneThread() {
        assertKafkaClientMetricsFromOneThread();
    }

    @Test
    void anAdminOnlyUserMayDoWhatAnAnalystMay() {
        given().auth().preemptive().basic("root", "admin-pass").when().get("/api/themes").then().statusCode(200);
        given().auth().preemptive().basic("root", "admin-pass").contentType("application/json")
                .body("{\"title\":\"AI law\",\"language\":\"en\"}")
                .when().post("/api/classify").then().statusCode(200);
    }
}
