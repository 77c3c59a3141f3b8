package org.policymonitor.testing.contract;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.HostileInputs;
import org.policymonitor.testing.http.ManagementPort;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of a service's OpenAPI document, every parameter and body field, with hostile values: the answer is a
 * 4xx in problem+json (or a success), never a 5xx. A service's test extends it with {@code @QuarkusTest}; the
 * requests are sent as the administrator of platform's shared test configuration ({@code admin / admin-pass}), so
 * that they reach the endpoints' own validation rather than stopping at the role check.
 */
public abstract class HostileInputContract {

    @TestHTTPResource("/")
    protected URL base;

    @TestHTTPResource(value = "/", management = true)
    protected URL managementUrl;

    @Test
    void noInputMakesTheServiceFail() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walk(openApiDocument());
        assertThat(findings).as("responses of %d hostile requests that were 5xx or not problem+json",
                walker.requests()).isEmpty();
    }

    /**
     * A query parameter an endpoint does not declare ({@code from=} for {@code publishedFrom}) or a single-valued one
     * given twice ({@code size=1&size=2}) is a 400 naming it, on every endpoint with query parameters; Quarkus's own
     * endpoints on the management port are not concerned.
     */
    @Test
    void anUnknownOrRepeatedQueryParameterIsRefusedNamingIt() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walkQueryParameterNames(openApiDocument());
        assertThat(findings).as("responses of %d requests with an unknown or repeated query parameter that were not "
                + "a 400 naming it", walker.requests()).isEmpty();
        ManagementPort.management(managementUrl).queryParam("noSuchParameter", "1").get("/q/health/live")
                .then().statusCode(200);
        ManagementPort.management(managementUrl).queryParam("format", "json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200);
    }

    /**
     * A JSON body followed by more content (a second value, garbage), or with a field given twice, is a 400 saying so,
     * on every endpoint.
     */
    @Test
    void aJsonBodyWithTrailingContentIsRefused() throws Exception {
        HostileInputs walker = walker();
        List<HostileInputs.Finding> findings = walker.walkTrailingContent(openApiDocument());
        assertThat(walker.requests()).as("requests with a JSON body").isPositive();
        assertThat(findings).as("responses of %d requests whose JSON body had trailing content that were not a 400 "
                + "saying so", walker.requests()).isEmpty();
    }

    /** The service's OpenAPI document, as JSON, from the management port. */
    private String openApiDocument() {
        return ManagementPort.management(managementUrl).accept("application/json")
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    /** A walker sending as the administrator of the shared test configuration. */
    private HostileInputs walker() throws Exception {
        return new HostileInputs(base.toURI(), "admin", "admin-pass");
    }
}
