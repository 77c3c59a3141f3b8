package org.policymonitor.classifier;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.HostileInputs;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the OpenAPI document, every parameter and body field, with hostile values: the answer is a 4xx
 * in problem+json (or a success), never a 5xx.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void noInputMakesTheServiceFail() throws Exception {
        String document = given().accept("application/json").queryParam("format", "json").get(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/q/openapi")
                .then().statusCode(200).extract().asString();
        HostileInputs walker = new HostileInputs(base.toURI(), "admin", "admin-pass");
        List<HostileInputs.Finding> findings = walker.walk(document);
        assertThat(findings).as("responses of %d hostile requests that were 5xx or not problem+json",
                walker.requests()).isEmpty();
    }
}
