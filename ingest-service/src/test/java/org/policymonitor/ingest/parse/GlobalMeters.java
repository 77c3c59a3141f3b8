package org.policymonitor.ingest.parse;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A registry joined to Micrometer's global one for each test, where the parsers count what they do outside CDI (the
 * cuts of {@link HtmlNesting}): {@code @RegisterExtension final GlobalMeters meters = new GlobalMeters();}.
 */
final class GlobalMeters implements BeforeEachCallback, AfterEachCallback {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    public void beforeEach(ExtensionContext context) {
        Metrics.addRegistry(registry);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Metrics.removeRegistry(registry);
    }

    /** The count of the counter {@code name} with these tags (name, value…) during the test. */
    double count(String name, String... tags) {
        return registry.counter(name, tags).count();
    }
}
