package org.policymonitor.platform.retry;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.SettableClock;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An hour of outage at one attempt every 2 s is a handful of lines, each saying what an operator needs. */
class OutageLogTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final OutageLog outage = new OutageLog(Logger.getLogger(OutageLogTest.class), "the database",
            "deliveries wait in the outbox until it returns", Duration.ofMinutes(5), clock);
    private final RuntimeException refused = new IllegalStateException("Unable to acquire JDBC Connection",
            new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused")));

    @Test
    void anHourOfFailedTicksIsOneLineWhenItBeginsOneReminderEveryFiveMinutesAndOneWhenItEnds() {
        try (CapturedLog log = CapturedLog.infoAndAbove(OutageLogTest.class)) {
            outage.succeeded(); // no outage yet: nothing to say
            for (int tick = 0; tick < 1800; tick++) {
                outage.failed(refused);
                clock.advance(Duration.ofSeconds(2));
            }
            outage.succeeded();
            outage.succeeded();

            assertThat(log.warningLines()).hasSize(12);
            assertThat(log.warningLines().get(0)).isEqualTo("the database is unreachable; deliveries wait in the "
                    + "outbox until it returns: Unable to acquire JDBC Connection (caused by: Connection refused)");
            assertThat(log.warningLines().get(1)).startsWith(
                    "the database is still unreachable after 5 min 0 s (151 failed attempts); deliveries wait");
            assertThat(log.lines()).last().isEqualTo("the database is back after 1 h 0 min (1800 failed attempts)");
            assertThat(log.lines()).hasSize(13);
            assertThat(outage.inOutage()).isFalse();
        }
    }

    @Test
    void aSecondOutageIsSaidAfreshWithItsOwnReason() {
        try (CapturedLog log = CapturedLog.infoAndAbove(OutageLogTest.class)) {
            outage.failed(refused);
            clock.advance(Duration.ofSeconds(42));
            outage.succeeded();
            outage.failed(new RuntimeException(new SQLException("terminating connection due to administrator command",
                    "57P01")));
            assertThat(log.lines()).containsExactly(
                    "the database is unreachable; deliveries wait in the outbox until it returns: Unable to acquire "
                            + "JDBC Connection (caused by: Connection refused)",
                    "the database is back after 42 s (1 failed attempt)",
                    "the database is unreachable; deliveries wait in the outbox until it returns: "
                            + "java.sql.SQLException: terminating connection due to administrator command");
        }
    }

    @Test
    void aReminderIntervalOfNothingIsRefused() {
        assertThatThrownBy(() -> new OutageLog(Logger.getLogger(OutageLogTest.class), "the database", "waiting",
                Duration.ZERO, clock)).hasMessageContaining("must be positive");
    }
}
