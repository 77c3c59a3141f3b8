package org.policymonitor.classifier.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.events.Tag;

/** Classifies with the ruleset in force and counts what it did (Prometheus: policy_classifier_*). */
@ApplicationScoped
public class ClassificationService {

    private final RulesetRegistry rulesets;
    private final RecentItems recent;
    private final MeterRegistry metrics;
    private final Timer timer;

    public ClassificationService(RulesetRegistry rulesets, RecentItems recent, MeterRegistry metrics) {
        this.rulesets = rulesets;
        this.recent = recent;
        this.metrics = metrics;
        this.timer = Timer.builder("policy_classifier_classify").description("time to classify one item")
                .register(metrics);
    }

    /** An item from the feed: classified, counted, and kept for rule previews. */
    public Classification classifyFeedItem(ItemText item) {
        Classification result = classify(item);
        recent.add(item);
        for (Tag tag : result.tags()) {
            metrics.counter("policy_classifier_tags_total", "theme", tag.theme()).increment();
        }
        metrics.counter("policy_classifier_items_total", "outcome", result.tags().isEmpty() ? "untagged" : "tagged")
                .increment();
        return result;
    }

    /** An analyst's test text: classified only. */
    public Classification classify(ItemText item) {
        return timer.record(() -> rulesets.engine().classify(item));
    }
}
