package org.policymonitor.alert.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one application that {@code OutboundAddressTest}, {@code subscription.ThemesFromRulesetTest} and
 * {@code delivery.BurstDeliveryTest} share: each test profile restarts Quarkus (12–21 s on the build machine, and
 * its build is augmented once more before the first test runs), and no override matters to the other tests.
 * <ul>
 * <li>webhooks with the shipped default (no private addresses) and an allow-list naming {@code localhost}, where the
 * other tests' {@code %test} configuration allows the receivers they run on this machine
 * ({@code OutboundAddressTest}; the burst test reaches its receivers by that name, the themes test subscribes by
 * email only);</li>
 * <li>the classifier's shipped rules plus a theme of their own, in a file {@code ThemesFromRulesetTest} may edit
 * ({@link #RULES}; the others subscribe by source, whatever the themes);</li>
 * <li>the worker's ticks an hour apart, so that every send here goes out on a nudge ({@code BurstDeliveryTest}'s
 * claim; the webhooks {@code OutboundAddressTest} sends end at their first attempt, refused or dead), claims of 20
 * so that a burst takes several, entity loads counted, and a webhook request deadline of 2 min so that a held send
 * does not end by its timeout while a test waits.</li>
 * </ul>
 */
public class ShippedPolicyNoTicks implements QuarkusTestProfile {

    private static final Path SHIPPED = Path.of("../classifier-service/src/main/resources/rules/rules.yaml");

    /** The rules file the service reads: the shipped rules plus the theme {@code quantum-computing}. */
    public static final Path RULES = rulesWith("quantum-computing");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policy.alert.webhook.allow-private-addresses", "false",
                "policy.alert.webhook.allowed-hosts", "localhost",
                "policy.alert.rules-file", RULES.toString(),
                "policy.alert.worker.interval", "1h",
                "policy.alert.worker.batch-size", "20",
                "policy.alert.webhook.request-timeout", "PT2M",
                "quarkus.hibernate-orm.statistics", "true");
    }

    /** A copy of the shipped rules with one more theme (themes is the file's last list). */
    public static Path rulesWith(String theme) {
        try {
            String rules = Files.readString(SHIPPED, StandardCharsets.UTF_8) + """

                      - id: %s
                        name: A theme only this ruleset has
                        rules:
                          - id: %s-en
                            languages: [en]
                            query: "%s"
                    """.formatted(theme, theme, theme.replace('-', ' '));
            Path file = Files.writeString(Files.createTempFile("rules-" + theme, ".yaml"), rules);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
