package org.policymonitor.classifier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.policymonitor.classifier.rules.ShippedRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Runs the service on a rules file (a copy of the shipped catalogue) instead of the classpath copy, watched
 * every second, so that tests can edit the file and see the reload. Tests that edit it restore it.
 */
public class RulesFileTestResource implements QuarkusTestResourceLifecycleManager {

    public static final Path RULES_FILE = Path.of("target", "test-rules", "rules.yaml").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(RULES_FILE.getParent());
            Files.write(RULES_FILE, ShippedRules.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("policy.rules.file", RULES_FILE.toString(), "policy.rules.watch-interval", "1s");
    }

    /**
     * Replaces the rules file in one step, as an operator should: the service checks it every second, and a file
     * written in place (39 KB, several writes) can be read half written — a prefix that may even be a valid ruleset.
     */
    public static void replace(byte[] content) throws IOException {
        Path next = Files.write(RULES_FILE.resolveSibling("rules.yaml.next"), content);
        Files.move(next, RULES_FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void stop() {
        // the file stays in target/ for inspection
    }
}
