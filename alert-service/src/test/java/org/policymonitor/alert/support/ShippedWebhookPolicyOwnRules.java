package org.policymonitor.alert.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one application that {@code OutboundAddressTest} and {@code subscription.ThemesFromRulesetTest} share: each test
 * profile restarts Quarkus (12–21 s on the build machine), and neither override matters to the other test.
 * <ul>
 * <li>webhooks with the shipped default (no private addresses) and an allow-list naming {@code localhost}, where the
 * other tests' {@code %test} configuration allows the receivers they run on this machine
 * ({@code OutboundAddressTest}; the themes test subscribes by email only);</li>
 * <li>the classifier's shipped rules plus a theme of their own, in a file {@code ThemesFromRulesetTest} may edit
 * ({@link #RULES}; the webhooks test subscribes by source, whatever the themes).</li>
 * </ul>
 */
public class ShippedWebhookPolicyOwnRules implements QuarkusTestProfile {

    private static final Path SHIPPED = Path.of("../classifier-service/src/main/resources/rules/rules.yaml");

    /** The rules file the service reads: the shipped rules plus the theme {@code quantum-computing}. */
    public static final Path RULES = rulesWith("quantum-computing");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policy.alert.webhook.allow-private-addresses", "false",
                "policy.alert.webhook.allowed-hosts", "localhost",
                "policy.alert.rules-file", RULES.toString());
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
