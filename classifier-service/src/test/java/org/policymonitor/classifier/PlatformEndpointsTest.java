package org.policymonitor.classifier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What ops rely on: health that reflects the real dependencies, Prometheus metrics, the API description. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIsUpAndReflectsKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theConsumerLagIsExportedUnderTheServicePrefix() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/metrics").then().statusCode(200)
                        .body(containsString("policy_classifier_consumer_lag_records{channel=\"items-raw\"}")));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theApiNeedsCredentialsAndAnswersProblemJson() {
        given().when().get("/api/no-such-thing").then().statusCode(401);
        given().auth().preemptive().basic("analyst", "wrong").when().get("/api/no-such-thing").then().statusCode(401);
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
