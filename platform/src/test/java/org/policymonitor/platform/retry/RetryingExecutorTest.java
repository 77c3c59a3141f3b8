package org.policymonitor.platform.retry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.SettableClock;

import java.net.ConnectException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Waiting for the database: how long is visible, and a shutdown during the wait is not mistaken for bad data. */
class RetryingExecutorTest {

    private final ConsumerWaits waits = new ConsumerWaits();
    private final List<Duration> pauses = new ArrayList<>();
    private final RetryingExecutor retrying = new RetryingExecutor(
            new Backoff(Duration.ofMillis(200), Duration.ofMillis(800), () -> 0.999), waits, pauses::add);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aTransientFailureIsRetriedWithGrowingPausesAndTheWaitIsShownMeanwhileThenCleared() {
        AtomicInteger calls = new AtomicInteger();
        String result = retrying.storing("classified", "storing 3 items", () -> {
            if (calls.incrementAndGet() < 5) {
                assertThat(calls.get() == 1 || waits.of("classified").isPresent()).isTrue();
                throw new IllegalStateException(new SQLTransientConnectionException("connection refused", "08001"));
            }
            assertThat(waits.of("classified")).get().extracting(ConsumerWaits.Wait::forWhat)
                    .isEqualTo("the database (storing 3 items)");
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(pauses).extracting(Duration::toMillis).containsExactly(199L, 399L, 799L, 799L);
        assertThat(waits.of("classified")).isEmpty();
    }

    /**
     * An hour of database outage while a consumer waits with pauses of at most 30 s: one WARN when the wait begins, a
     * reminder every 5 minutes and one INFO when it is over ({@link OutageLog}) — until 6 December 2026 a WARN per
     * retry (~130 lines an hour per channel) buried every other line of the log.
     */
    @Test
    void anHourOfWaitingIsOneWarningAReminderEveryFiveMinutesAndOneLineWhenItEnds() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
        RetryingExecutor waiting = new RetryingExecutor(
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30), () -> 0.999), waits, clock::advance, clock);
        Instant end = clock.instant().plus(Duration.ofHours(1));
        AtomicInteger calls = new AtomicInteger();
        try (CapturedLog log = CapturedLog.infoAndAbove(RetryingExecutor.class)) {
            String result = waiting.storing("classified", "storing 3 items", () -> {
                calls.incrementAndGet();
                if (clock.instant().isBefore(end)) {
                    throw new IllegalStateException(new SQLTransientConnectionException("connection refused", "08001"));
                }
                return "stored";
            });

            assertThat(result).isEqualTo("stored");
            assertThat(calls.get()).as("attempts").isGreaterThan(100);
            // one when it begins, then one at the first retry 5 min after the last line (retries ~30 s apart)
            assertThat(log.warningLines()).hasSize(11);
            assertThat(log.warningLines().get(0)).startsWith("classified: the database is unreachable; waiting to go on "
                    + "with storing 3 items: ");
            assertThat(log.lines()).last().asString().startsWith("classified: the database is back after 1 h 0 min");
            assertThat(log.lines()).hasSize(12);
        }
    }

    @Test
    void anInterruptWhileWaitingIsAStopNotAPoisonRecord() {
        RetryingExecutor sleeping = new RetryingExecutor(
                new Backoff(Duration.ofMillis(200), Duration.ofMillis(800), () -> 0.5), waits);
        Thread.currentThread().interrupt(); // the application is shutting down
        assertThatThrownBy(() -> sleeping.storing("classified", "storing 3 items", () -> {
            throw new IllegalStateException(new SQLTransientConnectionException("connection refused", "08001"));
        })).isInstanceOf(RetryingExecutor.Stopping.class);
        assertThat(waits.of("classified")).isEmpty();
    }

    @Test
    void aDataErrorIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrying.storing("classified", "storing 1 item", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new SQLDataException("value too long", "22001"));
        })).isInstanceOf(IllegalStateException.class).isNotInstanceOf(RetryingExecutor.Stopping.class);
        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments(new RuntimeException(new SQLException("refused", "08001")), true),
                arguments(new RuntimeException(new SQLException("Acquisition timeout")), true),
                arguments(new RuntimeException(new SQLException("deadlock detected", "40P01")), true),
                arguments(new RuntimeException(new ConnectException("Connection refused")), true),
                arguments(new RuntimeException(new SQLException("value too long", "22001")), false),
                arguments(new IllegalArgumentException("bad"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void databaseOutagesAreTransientAndBadDataIsNot(RuntimeException failure, boolean isTransient) {
        assertThat(Failures.isTransient(failure)).isEqualTo(isTransient);
    }

    static Stream<Arguments> unreachable() {
        return Stream.of(
                arguments(new IllegalStateException("item search failed", new SQLException("refused", "08001")), true),
                arguments(new RuntimeException(new SQLException("terminating connection due to administrator command",
                        "57P01")), true),
                arguments(new RuntimeException(new SQLException("Acquisition timeout")), true),
                // the database answered: an error of its own, not an outage
                arguments(new RuntimeException(new SQLException("canceling statement due to user request", "57014")),
                        false),
                arguments(new RuntimeException(new SQLException("deadlock detected", "40P01")), false),
                arguments(new RuntimeException(new SQLException("value too long", "22001")), false),
                // another host refusing (a URL preview, a webhook) is not the database being away
                arguments(new RuntimeException(new ConnectException("Connection refused")), false),
                arguments(new IllegalArgumentException("bad"), false));
    }

    /**
     * A commit the database cut by shutting down (what DeliveryOutageLogTest met): the transaction manager throws
     * "ARJUNA016053: Could not commit transaction" and keeps the driver's error as a SUPPRESSED XAException, not as a
     * cause. Until 6 December 2026 neither check looked there: the failure was neither transient nor the database
     * being away (a WARN of its own in the worker's log, a 500 at the API).
     */
    @Test
    void aCommitCutByTheDatabaseShuttingDownIsTheDatabaseBeingAway() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating "
                + "connection due to administrator command");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(commit);
        RuntimeException failure = new RuntimeException("Error invoking subclass method", rollback);
        assertThat(Failures.isDatabaseUnreachable(failure)).isTrue();
        assertThat(Failures.isTransient(failure)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("unreachable")
    void onlyADatabaseThatCannotBeReachedIsUnreachable(RuntimeException failure, boolean unreachable) {
        assertThat(Failures.isDatabaseUnreachable(failure)).isEqualTo(unreachable);
    }
}
