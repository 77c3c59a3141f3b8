package org.policymonitor.classifier.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.security.PasswordHashes;

import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Logins with production-cost hashes (bcrypt 12): repeated requests do not pay bcrypt again, unknown users cost what
 * wrong passwords cost, and failed attempts are limited (429 with Retry-After) and counted.
 */
@QuarkusTest
@TestProfile(LoginHardeningTest.Profile.class)
class LoginHardeningTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "policy.auth.users.slow.password-hash", PasswordHashes.hash("slow-pass"),
                    "policy.auth.users.slow.roles", "analyst",
                    "policy.auth.users.slow2.password-hash", PasswordHashes.hash("slow2-pass"),
                    "policy.auth.users.slow2.roles", "analyst",
                    "policy.auth.users.slow3.password-hash", PasswordHashes.hash("slow3-pass"),
                    "policy.auth.users.slow3.roles", "analyst",
                    "policy.auth.throttle.max-failures-per-user", "3",
                    "policy.auth.throttle.max-failures-per-address", "1000");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Test
    void repeatedRequestsWithTheSameCredentialsDoNotPayBcryptAgain() {
        IntSupplier read = () -> given().auth().preemptive().basic("slow", "slow-pass").get("/api/themes").statusCode();
        assertThat(read.getAsInt()).isEqualTo(200);
        long[] millis = new long[21];
        // measured against bcrypt itself on the same (possibly busy) machine: logins that must run it, taken between
        // the reads (three: the user's failure limit) so that a busy moment weighs on both alike
        long[] bcrypt = new long[3];
        for (int i = 0; i < millis.length; i++) {
            if (i % 7 == 3) {
                bcrypt[i / 7] = timeOf("slow3", "wrong-" + i);
            }
            long started = System.nanoTime();
            assertThat(read.getAsInt()).isEqualTo(200);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(bcrypt);
        assertThat(millis[10]).as("median ms of an authenticated read vs %s ms for one bcrypt; all: %s",
                Arrays.toString(bcrypt), Arrays.toString(millis)).isLessThan(bcrypt[1] / 4);
    }

    @Test
    void anUnknownUserTakesAsLongAsAWrongPassword() {
        // taken in turns, so that a busy moment of the machine weighs on both alike (three: the user's failure limit)
        long wrongPassword = Long.MAX_VALUE;
        long unknownUser = Long.MAX_VALUE;
        for (int i = 1; i <= 3; i++) {
            wrongPassword = Math.min(wrongPassword, timeOf("slow2", "wrong-" + i));
            unknownUser = Math.min(unknownUser, timeOf("nobody-" + i, "wrong"));
        }
        assertThat(unknownUser).as("ms for an unknown user vs %d ms for a wrong password", wrongPassword)
                .isGreaterThan(wrongPassword / 2);
    }

    @Test
    void failedLoginsAreLimitedPerUserAnsweredWith429AndCounted() {
        for (int i = 0; i < 3; i++) {
            given().auth().preemptive().basic("analyst", "guess-" + i).get("/api/themes").then().statusCode(401);
        }
        given().auth().preemptive().basic("analyst", "guess-4").get("/api/themes").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        // even the right password waits: it was not verified before the attack began
        given().auth().preemptive().basic("analyst", "analyst-pass").get("/api/themes").then().statusCode(429);
        given().auth().preemptive().basic("admin", "admin-pass").get("/api/themes").then().statusCode(200);
        given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost()).port(managementUrl.getPort())
                .get("/q/metrics").then().statusCode(200)
                .body(containsString("policy_classifier_auth_failures_total{reason=\"invalid_credentials\"}"))
                .body(containsString("policy_classifier_auth_failures_total{reason=\"throttled\"}"));
    }

    private static long timeOf(String user, String password) {
        long started = System.nanoTime();
        given().auth().preemptive().basic(user, password).get("/api/themes").then().statusCode(401);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
