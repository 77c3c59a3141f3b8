package org.policymonitor.classifier;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What ops rely on: health that reflects the real dependencies, Prometheus metrics, the API description — on the
 * management port, none of it on the API port.
 */
@QuarkusTest
class PlatformEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private RequestSpecification management() {
        return given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/health/ready"})
    void metricsOpenApiAndSwaggerUiAreNotReadableOnTheApiPort(String path) {
        given().when().get(path).then().statusCode(not(200));
    }

    @Test
    void readinessIsUpAndReflectsKafka() {
        management().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
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
    void theConsumerLagIsExportedUnderTheServicePrefix() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                management().get("/q/metrics").then().statusCode(200)
                        .body(containsString("policy_classifier_consumer_lag_records{channel=\"items-raw\"}")));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        management().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        management().get("/q/swagger-ui/").then().statusCode(200);
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

    @Test
    void anAdminOnlyUserMayDoWhatAnAnalystMay() {
        given().auth().preemptive().basic("root", "admin-pass").when().get("/api/themes").then().statusCode(200);
        given().auth().preemptive().basic("root", "admin-pass").contentType("application/json")
                .body("{\"title\":\"AI law\",\"language\":\"en\"}")
                .when().post("/api/classify").then().statusCode(200);
    }
}
