package org.policymonitor.platform.messaging;

import io.smallrye.reactive.messaging.health.HealthReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelWatchdogTest {

    @Test
    void aLiveReportNamesNoFailedChannel() {
        HealthReport report = new HealthReport(List.of(new HealthReport.ChannelInfo("classified", true)));
        assertThat(ChannelWatchdog.failedChannels(report)).isEmpty();
    }

    @Test
    void aFailedChannelIsNamedWithItsReason() {
        HealthReport report = new HealthReport(List.of(
                new HealthReport.ChannelInfo("classified", false, "Too Many Messages without Ack"),
                new HealthReport.ChannelInfo("source-status", true)));
        assertThat(ChannelWatchdog.failedChannels(report))
                .containsExactly("classified: Too Many Messages without Ack");
    }
}
