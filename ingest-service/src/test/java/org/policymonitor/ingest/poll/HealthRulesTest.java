package org.policymonitor.ingest.poll;

import org.junit.jupiter.api.Test;
import org.policymonitor.events.SourceHealth;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void failingOnlyAfterTheConfiguredNumberOfFailures() {
        HealthRules rules = new HealthRules(2);
        assertThat(rules.afterFailure(SourceHealth.OK, null, 1, "timeout: x").health()).isEqualTo(SourceHealth.OK);
        HealthRules.Verdict v = rules.afterFailure(SourceHealth.OK, null, 2, "timeout: x");
        assertThat(v.health()).isEqualTo(SourceHealth.FAILING);
        assertThat(v.reason()).isEqualTo("timeout: x");
    }

    @Test
    void silentRecoveredAndOk() {
        HealthRules rules = new HealthRules(1);
        HealthRules.Verdict silent = rules.afterSuccess(SourceHealth.OK, NOW.minus(Duration.ofHours(25)), NOW.minus(Duration.ofDays(9)), DAY, NOW, null);
        assertThat(silent.health()).isEqualTo(SourceHealth.SILENT);
        assertThat(silent.reason()).contains("nothing new since");
        // nothing ever arrived: silence counts from when the source was first tracked
        assertThat(rules.afterSuccess(SourceHealth.UNKNOWN, null, NOW.minus(Duration.ofDays(2)), DAY, NOW, null).health())
                .isEqualTo(SourceHealth.SILENT);
        assertThat(rules.afterSuccess(SourceHealth.UNKNOWN, null, NOW.minus(Duration.ofHours(1)), DAY, NOW, null).health())
                .isEqualTo(SourceHealth.OK);
        assertThat(rules.afterSuccess(SourceHealth.SILENT, NOW, NOW.minus(Duration.ofDays(9)), DAY, NOW, null).health())
                .isEqualTo(SourceHealth.RECOVERED);
        assertThat(rules.afterSuccess(SourceHealth.FAILING, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofDays(9)), DAY, NOW, null).health())
                .isEqualTo(SourceHealth.RECOVERED);
        assertThat(rules.afterSuccess(SourceHealth.RECOVERED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofDays(9)), DAY, NOW, null).health())
                .isEqualTo(SourceHealth.OK);
    }
}
