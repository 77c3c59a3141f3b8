package org.policymonitor.classifier.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method the path does not have is a 405 that says, in {@code Allow}, the methods it has (RFC 9110 §15.5.6), with
 * the problem+json body every error has; {@code OPTIONS} answers the same set — the path's methods, not those of the
 * resource class the path belongs to ({@code /api/rules} has GET, {@code /api/rules/reload} only POST). Until 5 December
 * 2026 the 405's detail was only the status's text ("HTTP 405 Method Not Allowed"); it says the methods too.
 */
@QuarkusTest
class AllowHeaderTest {

    @Test
    void a405NamesTheMethodsOfThePathInAllow() {
        Response reload = given().auth().preemptive().basic("admin", "admin-pass").get("/api/rules/reload");
        assertThat(reload.statusCode()).isEqualTo(405);
        assertThat(reload.contentType()).startsWith("application/problem+json");
        assertThat(reload.jsonPath().getInt("status")).isEqualTo(405);
        assertThat(methods(reload.header("Allow"))).as("Allow of GET /api/rules/reload").isEqualTo(Set.of("POST", "OPTIONS"));
        assertThat(reload.jsonPath().getString("detail")).as("the detail says it in words too")
                .isEqualTo("/api/rules/reload does not answer GET; it answers OPTIONS, POST");

        Response rules = given().auth().preemptive().basic("admin", "admin-pass").delete("/api/rules");
        assertThat(rules.statusCode()).isEqualTo(405);
        assertThat(rules.contentType()).startsWith("application/problem+json");
        assertThat(methods(rules.header("Allow"))).as("Allow of DELETE /api/rules").isEqualTo(Set.of("GET", "HEAD", "OPTIONS"));

        Response classify = given().auth().preemptive().basic("analyst", "analyst-pass").put("/api/classify");
        assertThat(classify.statusCode()).isEqualTo(405);
        assertThat(methods(classify.header("Allow"))).as("Allow of PUT /api/classify").isEqualTo(Set.of("POST", "OPTIONS"));
    }

    @Test
    void optionsListsThePathsMethodsNotTheResourceClasss() {
        Response reload = given().auth().preemptive().basic("admin", "admin-pass").options("/api/rules/reload");
        assertThat(reload.statusCode()).isIn(200, 204);
        assertThat(methods(reload.header("Allow"))).as("OPTIONS /api/rules/reload").isEqualTo(Set.of("POST", "OPTIONS"));

        Response rules = given().auth().preemptive().basic("admin", "admin-pass").options("/api/rules");
        assertThat(methods(rules.header("Allow"))).as("OPTIONS /api/rules").isEqualTo(Set.of("GET", "HEAD", "OPTIONS"));
    }

    private static Set<String> methods(String allow) {
        assertThat(allow).as("Allow header").isNotNull();
        Set<String> methods = new TreeSet<>();
        Arrays.stream(allow.split(",")).map(String::strip).filter(m -> !m.isEmpty()).forEach(methods::add);
        return methods;
    }
}
