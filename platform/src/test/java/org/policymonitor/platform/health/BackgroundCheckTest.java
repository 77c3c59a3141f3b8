package org.policymonitor.platform.health;

import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.SettableClock;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundCheckTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T01:00:00Z"));

    @Test
    void beforeTheFirstAnswerTheCheckSaysItHasNotAskedYet() {
        BackgroundCheck<Integer> check = new BackgroundCheck<>("the database", () -> 1, Duration.ofSeconds(5),
                Duration.ofSeconds(3), clock);
        assertThat(check.outcome().ok()).isFalse();
        assertThat(check.outcome().problem()).isEqualTo("the database not asked yet");
    }

    @Test
    void anAnswerIsReadUntilTheNextAndAFailureSaysWhatFailedAndWhen() {
        AtomicInteger calls = new AtomicInteger();
        BackgroundCheck<Integer> check = new BackgroundCheck<>("the database", () -> {
            if (calls.incrementAndGet() == 2) {
                throw new SQLException("Connection refused");
            }
            return calls.get();
        }, Duration.ofSeconds(5), Duration.ofSeconds(3), clock);
        check.ask();
        assertThat(check.outcome()).isEqualTo(new BackgroundCheck.Outcome<>(1, null));
        check.ask();
        assertThat(check.outcome().problem())
                .isEqualTo("the database failed at 2026-12-04T01:00:00Z: Connection refused");
        check.ask();
        assertThat(check.outcome()).isEqualTo(new BackgroundCheck.Outcome<>(3, null));
    }

    @Test
    void aQuestionInFlightPastItsDeadlineIsReportedWithoutWaitingForIt() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch thaw = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        BackgroundCheck<String> check = new BackgroundCheck<>("the database", () -> {
            if (calls.incrementAndGet() == 1) {
                return "first";
            }
            asked.countDown();
            thaw.await(); // a frozen server: the call returns only when it runs again
            return "after the thaw";
        }, Duration.ofMillis(10), Duration.ofSeconds(3), clock);
        check.ask();
        try (check) {
            check.start("test-check");
            assertThat(asked.await(Deadlines.ARRIVES.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            // within the deadline the last answer stands; past it, the silence is the answer
            clock.advance(Duration.ofSeconds(3));
            assertThat(check.outcome()).isEqualTo(new BackgroundCheck.Outcome<>("first", null));
            clock.advance(Duration.ofSeconds(9));
            assertThat(check.outcome().ok()).isFalse();
            assertThat(check.outcome().problem()).isEqualTo("the database has not answered for 12 s (asked at "
                    + "2026-12-04T01:00:00Z; frozen, overloaded or unreachable)");
            thaw.countDown();
            await().atMost(Deadlines.ARRIVES).until(() -> check.outcome().ok()
                    && "after the thaw".equals(check.outcome().value()));
        }
    }
}
