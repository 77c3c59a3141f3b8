package org.policymonitor.classifier.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.security.LoginGuard;
import org.policymonitor.platform.security.PasswordHashes;
import org.policymonitor.platform.security.UsersConfig;

import java.net.URL;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PASSWORD_CHECKS =
            Pattern.compile("(?m)^policy_classifier_auth_password_checks_total(?:\\{[^}]*})? (\\S+)$");

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Inject
    LoginGuard guard;

    @Inject
    UsersConfig users;

    /**
     * Counted, not timed (until 4 December 2026 these two tests compared milliseconds, which a busy machine can
     * upset): a client that sends the same credentials with every request pays bcrypt once; another password pays it.
     */
    @Test
    void repeatedRequestsWithTheSameCredentialsDoNotPayBcryptAgain() {
        IntSupplier read = () -> given().auth().preemptive().basic("slow", "slow-pass").get("/api/themes").statusCode();
        assertThat(read.getAsInt()).isEqualTo(200);
        double before = passwordChecks();
        for (int i = 0; i < 20; i++) {
            assertThat(read.getAsInt()).isEqualTo(200);
        }
        assertThat(passwordChecks()).as("bcrypt runs for 20 reads with credentials verified a moment ago")
                .isEqualTo(before);
        given().auth().preemptive().basic("slow", "not-the-password").get("/api/themes").then().statusCode(401);
        assertThat(passwordChecks()).as("a wrong password is verified").isEqualTo(before + 1);
    }

    /**
     * An unknown user is verified with bcrypt against a hash of the users' own cost, as a wrong password is — the
     * same work, so the same time: no way to tell a user who exists from one who does not.
     */
    @Test
    void anUnknownUserTakesAsLongAsAWrongPassword() {
        double before = passwordChecks();
        given().auth().preemptive().basic("nobody", "wrong").get("/api/themes").then().statusCode(401);
        assertThat(passwordChecks()).as("bcrypt runs for an unknown user").isEqualTo(before + 1);
        given().auth().preemptive().basic("slow2", "wrong").get("/api/themes").then().statusCode(401);
        assertThat(passwordChecks()).as("bcrypt runs for a wrong password").isEqualTo(before + 2);
        assertThat(PasswordHashes.cost(guard.hashToVerify(null))).as("the dummy hash's cost")
                .isEqualTo(PasswordHashes.cost(users.users().get("slow2").passwordHash()))
                .isEqualTo(PasswordHashes.DEFAULT_COST);
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

    private double passwordChecks() {
        String metrics = given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost())
                .port(managementUrl.getPort()).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = PASSWORD_CHECKS.matcher(metrics);
        assertThat(m.find()).as("policy_classifier_auth_password_checks_total in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
