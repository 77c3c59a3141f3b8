package org.policymonitor.classifier.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.policymonitor.classifier.config.RulesConfig;
import org.policymonitor.classifier.rules.InvalidRulesetException;
import org.policymonitor.classifier.rules.RuleError;
import org.policymonitor.classifier.rules.RulesetParser;
import org.policymonitor.classifier.rules.ShippedRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the ruleset in force and swaps it atomically. A reload (file change or {@code POST /api/rules/reload})
 * builds the new engine completely before the swap; if any rule is wrong, nothing changes and the errors are
 * returned, so a typo never stops classification. Classifications already running finish on the engine they
 * started with; it is closed after {@code policy.rules.retire-after}.
 */
@ApplicationScoped
public class RulesetRegistry {

    private static final Logger LOG = Logger.getLogger(RulesetRegistry.class);

    /** The engine in force and where it came from. */
    public record Active(RuleEngine engine, String source, Instant loadedAt) {
    }

    /** The last reload that was refused, kept for GET /api/rules and health. */
    public record Refused(String version, List<RuleError> errors, Instant at) {
    }

    /** What a reload did. */
    public record ReloadResult(boolean changed, String version, String previousVersion, int ruleCount) {
    }

    private final RulesConfig config;
    private final MeterRegistry metrics;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private final AtomicReference<Refused> lastRefused = new AtomicReference<>();
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ruleset-retirer");
        t.setDaemon(true);
        return t;
    });

    public RulesetRegistry(RulesConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /** Loads the rules at start-up; a broken ruleset here stops the service, as there is nothing else to serve. */
    void onStart(@Observes StartupEvent event) throws InvalidRulesetException {
        if (active.get() == null) {
            reload();
        }
        metrics.gauge("policy_classifier_rules", active, a -> a.get() == null ? 0 : a.get().engine().ruleCount());
    }

    void onStop(@Observes ShutdownEvent event) {
        retirer.shutdownNow();
        Active current = active.getAndSet(null);
        if (current != null) {
            current.engine().close();
        }
    }

    public RuleEngine engine() {
        Active current = active.get();
        if (current == null) {
            throw new IllegalStateException("the ruleset is not loaded yet");
        }
        return current.engine();
    }

    public Active active() {
        return active.get();
    }

    public Refused lastRefused() {
        return lastRefused.get();
    }

    /** Reads the configured rules and swaps them in if they changed and are valid. */
    public synchronized ReloadResult reload() throws InvalidRulesetException {
        byte[] content;
        try {
            content = readRules();
        } catch (IllegalStateException e) {
            metrics.counter("policy_classifier_rules_reloads_total", "outcome", "refused").increment();
            throw new InvalidRulesetException(List.of(new RuleError(null, e.getMessage())));
        }
        Active current = active.get();
        String version = RulesetParser.version(content);
        if (current != null && current.engine().version().equals(version)) {
            return new ReloadResult(false, version, version, current.engine().ruleCount());
        }
        RuleEngine fresh;
        try {
            fresh = RuleEngine.build(RulesetParser.parse(content));
        } catch (InvalidRulesetException e) {
            lastRefused.set(new Refused(version, e.errors(), Instant.now()));
            metrics.counter("policy_classifier_rules_reloads_total", "outcome", "refused").increment();
            LOG.errorf("ruleset %s from %s refused, %s stays in force: %s", version, sourceName(),
                    current == null ? "nothing" : current.engine().version(), e.getMessage());
            throw e;
        }
        active.set(new Active(fresh, sourceName(), Instant.now()));
        lastRefused.set(null);
        metrics.counter("policy_classifier_rules_reloads_total", "outcome", "loaded").increment();
        LOG.infof("ruleset %s loaded from %s: %d themes, %d rules", fresh.version(), sourceName(),
                fresh.ruleset().themes().size(), fresh.ruleCount());
        if (current != null) {
            retirer.schedule(() -> current.engine().close(), config.retireAfter().toMillis(), TimeUnit.MILLISECONDS);
        }
        return new ReloadResult(true, fresh.version(), current == null ? null : current.engine().version(),
                fresh.ruleCount());
    }

    /** Polls the rules file: a changed file is reloaded; a broken one is reported once per version. */
    @Scheduled(every = "${policy.rules.watch-interval:5s}", delayed = "${policy.rules.watch-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watchFile() {
        if (config.file().isEmpty() || active.get() == null) {
            return;
        }
        try {
            String version = RulesetParser.version(readRules());
            Refused refused = lastRefused.get();
            if (version.equals(active.get().engine().version()) || (refused != null && refused.version().equals(version))) {
                return;
            }
            reload();
        } catch (InvalidRulesetException e) {
            // logged in reload(); the old ruleset keeps serving
        } catch (RuntimeException e) {
            LOG.warnf("cannot check the rules file %s: %s", sourceName(), e.getMessage());
        }
    }

    private byte[] readRules() {
        if (config.file().isEmpty()) {
            return ShippedRules.bytes();
        }
        Path path = Path.of(config.file().get());
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the rules file " + path + ": " + e, e);
        }
    }

    private String sourceName() {
        return config.file().map(f -> "file " + f).orElse("shipped " + ShippedRules.RESOURCE);
    }
}
