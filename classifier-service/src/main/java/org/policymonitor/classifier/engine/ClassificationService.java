package org.policymonitor.classifier.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.events.Tag;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Classifies with the ruleset in force and counts what it did (Prometheus: policy_classifier_*). */
@ApplicationScoped
public class ClassificationService {

    private final RulesetRegistry rulesets;
    private final RecentItems recent;
    private final MeterRegistry metrics;
    private final Timer timer;
    // counters looked up once, not in the registry for every item (a lookup builds and hashes the meter's id)
    private final Counter tagged;
    private final Counter untagged;
    private final Map<String, Counter> tagsByTheme = new ConcurrentHashMap<>();

    public ClassificationService(RulesetRegistry rulesets, RecentItems recent, MeterRegistry metrics) {
        this.rulesets = rulesets;
        this.recent = recent;
        this.metrics = metrics;
        this.timer = Timer.builder("policy_classifier_classify").description("time to classify one item")
                .register(metrics);
        this.tagged = metrics.counter("policy_classifier_items_total", "outcome", "tagged");
        this.untagged = metrics.counter("policy_classifier_items_total", "outcome", "untagged");
    }

    /** An item from the feed: classified, counted, and kept for rule previews. */
    public Classification classifyFeedItem(ItemText item) {
        Classification result = classify(item);
        counted(item, result);
        return result;
    }

    /** An analyst's test text: classified only. */
    public Classification classify(ItemText item) {
        return timer.record(() -> rulesets.engine().classify(item));
    }

    private void counted(ItemText item, Classification result) {
        recent.add(item);
        for (Tag tag : result.tags()) {
            tagsByTheme.computeIfAbsent(tag.theme(), theme -> metrics.counter("policy_classifier_tags_total", "theme",
                    theme)).increment();
        }
        (result.tags().isEmpty() ? untagged : tagged).increment();
    }
}
