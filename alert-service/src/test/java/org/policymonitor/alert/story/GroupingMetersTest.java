package org.policymonitor.alert.story;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouping's meters time batches and count items apart; a batch left empty (all grouped meanwhile) is no batch. */
class GroupingMetersTest {

    @Test
    void batchesAreTimedWholeAndTheirItemsCountedApart() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        GroupingMeters meters = new GroupingMeters(registry);

        meters.grouped(500, Duration.ofMillis(300));
        meters.grouped(2, Duration.ofMillis(4));
        meters.grouped(0, Duration.ofMillis(1));
        meters.searched(Duration.ofMillis(80));

        assertThat(registry.get(GroupingMeters.GROUPING_BATCH_METER).timer().count()).isEqualTo(2);
        assertThat(registry.get(GroupingMeters.GROUPING_BATCH_METER).timer().max(TimeUnit.MILLISECONDS)).as("the slowest batch, whole")
                .isEqualTo(300);
        assertThat(registry.get(GroupingMeters.GROUPED_ITEMS_METER).counter().count()).isEqualTo(502);
        assertThat(registry.get(GroupingMeters.CANDIDATES_BATCH_METER).timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(80);
    }
}
