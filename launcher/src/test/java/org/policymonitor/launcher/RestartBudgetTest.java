package org.policymonitor.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that keeps dying is started again a few times, then left stopped; each service has its own count. */
class RestartBudgetTest {

    @Test
    void atMostMaxRestartsPerServiceWithinTheWindow() {
        RestartBudget budget = new RestartBudget(2, Duration.ofMinutes(10));
        Instant t = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(budget.tryRestart("alert-service", t)).isTrue();
        assertThat(budget.tryRestart("alert-service", t.plusSeconds(30))).isTrue();
        assertThat(budget.tryRestart("alert-service", t.plusSeconds(60))).isFalse();
        assertThat(budget.tryRestart("ingest-service", t.plusSeconds(60))).isTrue();
        // the first restart has left the window: one more is allowed
        assertThat(budget.tryRestart("alert-service", t.plus(Duration.ofMinutes(10)).plusSeconds(1))).isTrue();
        assertThat(budget.tryRestart("alert-service", t.plus(Duration.ofMinutes(10)).plusSeconds(2))).isFalse();
    }
}
