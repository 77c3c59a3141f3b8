package org.policymonitor.platform.messaging;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerLagGaugesTest {

    @Test
    void theLagIsTheSumOverPartitionsIgnoringUnknownOnes() {
        Map<MetricName, Metric> metrics = new HashMap<>();
        put(metrics, "records-lag", Map.of("topic", "t", "partition", "0"), 5);
        put(metrics, "records-lag", Map.of("topic", "t", "partition", "1"), 7);
        put(metrics, "records-lag", Map.of("topic", "t", "partition", "2"), Double.NaN);
        put(metrics, "records-lag-max", Map.of("topic", "t"), 7);
        assertThat(ConsumerLagGauges.totalLag(metrics)).isEqualTo(12);
    }

    @Test
    void noPartitionLagYetIsUnknown() {
        assertThat(ConsumerLagGauges.totalLag(Map.of())).isEqualTo(-1);
    }

    private static void put(Map<MetricName, Metric> metrics, String name, Map<String, String> tags, double value) {
        MetricName metricName = new MetricName(name, "consumer-fetch-manager-metrics", "", tags);
        metrics.put(metricName, new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }
}
