package org.policymonitor.alert.story;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The story grouping's meters. The grouping works a batch at a time (one candidate search, one write per batch), so
 * its timers time batches, and the items it grouped are counted apart: a timer fed a batch's time shared out evenly
 * over its items had a maximum that meant nothing (no item ever took that long on its own, and a slow item hid in
 * its batch's average). Time per item is the ratio of two rates:
 * {@code rate(policy_alert_story_grouping_batch_seconds_sum[5m]) / rate(policy_alert_story_grouped_items_total[5m])}.
 */
final class GroupingMeters {

    static final String GROUPING_BATCH_METER = "policy.alert.story.grouping.batch";
    static final String GROUPED_ITEMS_METER = "policy.alert.story.grouped.items";
    static final String CANDIDATES_BATCH_METER = "policy.alert.story.candidates.batch";

    private final Timer batch;
    private final Timer search;
    private final Counter items;

    GroupingMeters(MeterRegistry registry) {
        batch = Timer.builder(GROUPING_BATCH_METER)
                .description("time to group one batch of stored items into their stories (candidate search, scoring, writes)")
                .register(registry);
        items = Counter.builder(GROUPED_ITEMS_METER)
                .description("items grouped into their stories (the batches' items)")
                .register(registry);
        search = Timer.builder(CANDIDATES_BATCH_METER)
                .description("time of the story candidate search for one batch (one bounded index query for all its items)")
                .register(registry);
    }

    /** A batch of {@code count} items was grouped in {@code took}; an empty one (all grouped meanwhile) is not a batch. */
    void grouped(int count, Duration took) {
        if (count > 0) {
            batch.record(took);
            items.increment(count);
        }
    }

    /** The candidate search of one batch took this long. */
    void searched(Duration took) {
        search.record(took);
    }
}
