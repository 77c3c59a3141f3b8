package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policymonitor.classifier.rules.ShippedRules;

/**
 * The engine on the shipped rules for one test class: built before its tests, closed after them. Register it as
 * {@code @RegisterExtension static final ShippedRulesEngine RULES = new ShippedRulesEngine();} and classify with
 * {@code RULES.engine()}.
 */
final class ShippedRulesEngine implements BeforeAllCallback, AfterAllCallback {

    private RuleEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        engine = RuleEngine.build(ShippedRules.definition());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (engine != null) {
            engine.close();
        }
    }

    RuleEngine engine() {
        return engine;
    }
}
