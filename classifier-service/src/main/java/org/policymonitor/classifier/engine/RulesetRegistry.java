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
import org.policymonitor.platform.reload.HotReload;
import org.policymonitor.platform.threads.DaemonThreads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds the ruleset in force and swaps it atomically, through the platform's {@link HotReload} (the ingest source
 * catalogue is held the same way). A reload (file change or {@code POST /api/rules/reload}) builds the new engine
 * completely before the swap; if any rule is wrong, nothing changes and the errors are returned (and counted, and
 * shown by the health check), so a typo never stops classification. Classifications already running finish on the engine they
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
    private final HotReload<Active, InvalidRulesetException> holder;
    private final ScheduledExecutorService retirer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ruleset-retirer"));

    public RulesetRegistry(RulesConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
        this.holder = new HotReload<>("ruleset", sourceName(), this::readRules, RulesetParser::version,
                content -> new Active(RuleEngine.build(RulesetParser.parse(content)), sourceName(), Instant.now()),
                new HotReload.Listener<>() {
                    @Override
                    public void loaded(HotReload.Snapshot<Active> now, HotReload.Snapshot<Active> before) {
                        metrics.counter("policy_classifier_rules_reloads_total", "outcome", "loaded").increment();
                        if (before != null) {
                            // classifications already running finish on the engine they started with
                            retirer.schedule(() -> before.value().engine().close(), config.retireAfter().toMillis(),
                                    TimeUnit.MILLISECONDS);
                        }
                    }

                    @Override
                    public void refused(HotReload.Refusal<InvalidRulesetException> refusal,
                                        HotReload.Snapshot<Active> inForce) {
                        metrics.counter("policy_classifier_rules_reloads_total", "outcome", "refused").increment();
                    }
                }, Clock.systemUTC(), HotReload.DEFAULT_SETTLE);
    }

    /** Loads the rules at start-up; a broken ruleset here stops the service, as there is nothing else to serve. */
    void onStart(@Observes StartupEvent event) throws InvalidRulesetException {
        if (holder.current() == null) {
            reload();
        }
        metrics.gauge("policy_classifier_rules", this, r -> r.active() == null ? 0 : r.active().engine().ruleCount());
    }

    void onStop(@Observes ShutdownEvent event) {
        retirer.shutdownNow();
        Active current = active();
        if (current != null) {
            current.engine().close();
        }
    }

    public RuleEngine engine() {
        Active current = active();
        if (current == null) {
            throw new IllegalStateException("the ruleset is not loaded yet");
        }
        return current.engine();
    }

    public Active active() {
        HotReload.Snapshot<Active> snapshot = holder.current();
        return snapshot == null ? null : snapshot.value();
    }

    public Refused lastRefused() {
        HotReload.Refusal<InvalidRulesetException> refusal = holder.lastRefusal();
        return refusal == null || refusal.problem() == null ? null
                : new Refused(refusal.version(), refusal.problem().errors(), refusal.at());
    }

    /** Reads the configured rules and swaps them in if they changed and are valid. */
    public ReloadResult reload() throws InvalidRulesetException {
        HotReload.Result<Active> result = holder.reload();
        RuleEngine now = result.inForce().value().engine();
        RuleEngine before = result.previous() == null ? null : result.previous().value().engine();
        if (result.changed()) {
            LOG.infof("ruleset %s: %d themes, %d rules", now.version(), now.ruleset().themes().size(), now.ruleCount());
        }
        return new ReloadResult(result.changed(), now.version(), before == null ? null : before.version(),
                now.ruleCount());
    }

    /** Polls the rules file: a changed file is reloaded; a broken one is reported once per version. */
    @Scheduled(every = "${policy.rules.watch-interval:5s}", delayed = "${policy.rules.watch-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watchFile() {
        if (config.file().isPresent() && holder.current() != null) {
            holder.check();
        }
    }

    private byte[] readRules() throws InvalidRulesetException {
        if (config.file().isEmpty()) {
            return ShippedRules.bytes();
        }
        Path path = Path.of(config.file().get());
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidRulesetException(List.of(new RuleError(null, "cannot read the rules file " + path + ": "
                    + e)));
        }
    }

    private String sourceName() {
        return config.file().map(f -> "file " + f).orElse("shipped " + ShippedRules.RESOURCE);
    }
}
