package org.policymonitor.ingest.poll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void silenceIsExplained() {
        HealthRules.Verdict silent = new HealthRules(1).afterSuccess(SourceHealth.OK, NOW.minus(Duration.ofHours(25)),
                NOW.minus(Duration.ofDays(9)), DAY, NOW, null);
        assertThat(silent.health()).isEqualTo(SourceHealth.SILENT);
        assertThat(silent.reason()).contains("nothing new since");
    }

    /** After a good poll, with one day as the expected cadence; ages are before now, blank: nothing ever arrived. */
    @ParameterizedTest(name = "{0}, last new item {1} ago, tracked for {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            OK        | PT25H | P9D  | SILENT
            UNKNOWN   |       | P2D  | SILENT
            UNKNOWN   |       | PT1H | OK
            SILENT    | PT0S  | P9D  | RECOVERED
            FAILING   | PT2H  | P9D  | RECOVERED
            RECOVERED | PT2H  | P9D  | OK
            """)
    void silentRecoveredAndOk(SourceHealth current, Duration lastNewItemAgo, Duration trackedFor,
                              SourceHealth expected) {
        Instant lastNewItemAt = lastNewItemAgo == null ? null : NOW.minus(lastNewItemAgo);
        assertThat(new HealthRules(1).afterSuccess(current, lastNewItemAt, NOW.minus(trackedFor), DAY, NOW, null)
                .health()).isEqualTo(expected);
    }
}
