package org.policymonitor.testing.http;

import io.restassured.specification.RequestSpecification;

import java.net.URL;

import static io.restassured.RestAssured.given;

/**
 * Requests to a Quarkus service's management port (health, metrics, OpenAPI), which RestAssured does not know
 * about: the test injects the port's URL and asks here for a request to it.
 * <pre>
 * &#64;TestHTTPResource(value = "/", management = true)
 * URL managementUrl;
 * …
 * management(managementUrl).get("/q/metrics").then().statusCode(200);
 * </pre>
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    public static RequestSpecification management(URL managementUrl) {
        return given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort());
    }
}
