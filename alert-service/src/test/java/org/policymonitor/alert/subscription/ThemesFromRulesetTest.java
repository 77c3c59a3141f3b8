package org.policymonitor.alert.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.ShippedPolicyNoTicks;
import org.policymonitor.testing.Deadlines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Subscriptions may name the themes of the classifier's ruleset, read from the same rules file: a theme added to the
 * rules can be subscribed to without touching alert-service's configuration or restarting it, and a broken edit of
 * the file keeps the themes known before.
 */
@QuarkusTest
@TestProfile(ShippedPolicyNoTicks.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThemesFromRulesetTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    /** The classifier's shipped rules plus a theme of their own, in a file this test may edit (the profile's). */
    private static final Path RULES = ShippedPolicyNoTicks.RULES;

    @Test
    @Order(1)
    void aThemeOnlyTheRulesetDefinesCanBeSubscribedTo() {
        Api.asAdmin().body(subscription("ai-law", "quantum-computing")).post("/api/subscriptions")
                .then().statusCode(201).body("themes[1]", equalTo("quantum-computing"));
    }

    @Test
    @Order(2)
    void anUnknownThemeIsStillA400NamingTheRulesetsThemes() {
        Api.asAdmin().body(subscription("ai-law", "astrology")).post("/api/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("themes[1]"))
                .body("errors[0].message", containsString("unknown theme 'astrology'"))
                .body("errors[0].message", containsString("quantum-computing"))
                .body("errors[0].message", containsString("digital-sovereignty"));
    }

    @Test
    @Order(3)
    void aThemeAddedToTheFileLaterIsKnownWithoutARestartAndABrokenEditKeepsThem() throws IOException {
        replace(ShippedPolicyNoTicks.rulesWith("space-policy"));
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().body(subscription("space-policy"))
                .post("/api/subscriptions").then().statusCode(201));

        replace(Files.writeString(Files.createTempFile("broken-rules", ".yaml"), "themes: [ {id: "));
        Api.asAdmin().body(subscription("space-policy")).post("/api/subscriptions").then().statusCode(201);
        Api.asAdmin().body(subscription("nonsense")).post("/api/subscriptions").then().statusCode(400);
    }

    /** To an address of its own: the same subscription twice is a 409 (SubscriptionApiTest). */
    private static String subscription(String... themes) {
        return "{\"name\":\"themes\",\"channel\":\"email\",\"email\":\"desk-" + UUID.randomUUID()
                + "@example.org\",\"themes\":[\""
                + String.join("\",\"", themes) + "\"]}";
    }

    /** Swaps the file the service reads at once, as a ConfigMap update or an editor's save-and-rename does. */
    private static void replace(Path with) throws IOException {
        Files.move(with, RULES, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
