package org.policymonitor.classifier.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The theme catalogue shipped inside the service ({@code rules/rules.yaml} on the classpath). */
public final class ShippedRules {

    public static final String RESOURCE = "rules/rules.yaml";

    private ShippedRules() {
    }

    public static byte[] bytes() {
        try (InputStream in = ShippedRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RulesetDefinition definition() {
        try {
            return RulesetParser.parse(bytes());
        } catch (InvalidRulesetException e) {
            throw new IllegalStateException("the shipped rules are invalid: " + e.getMessage(), e);
        }
    }
}
