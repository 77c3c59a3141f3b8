package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.config.AlertConfig;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waiting for the database: how long is visible, and a shutdown during the wait is not mistaken for bad data. */
class RetryingExecutorTest {

    private final RetryingExecutor retrying = new RetryingExecutor();
    private final ConsumerWaits waits = new ConsumerWaits(new SimpleMeterRegistry());

    RetryingExecutorTest() {
        retrying.waits = waits;
        retrying.config = config(Duration.ofMillis(50));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aTransientFailureIsRetriedAndTheWaitIsShownMeanwhileThenCleared() {
        AtomicInteger calls = new AtomicInteger();
        String result = retrying.storing("classified", "storing 3 items", () -> {
            if (calls.incrementAndGet() < 3) {
                assertThat(calls.get() == 1 || waits.of("classified").isPresent()).isTrue();
                throw new IllegalStateException(new SQLTransientConnectionException("connection refused", "08001"));
            }
            assertThat(waits.of("classified")).get().extracting(ConsumerWaits.Wait::forWhat)
                    .isEqualTo("the database (storing 3 items)");
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(waits.of("classified")).isEmpty();
    }

    @Test
    void anInterruptWhileWaitingIsAStopNotAPoisonRecord() {
        Thread.currentThread().interrupt(); // the application is shutting down
        assertThatThrownBy(() -> retrying.storing("classified", "storing 3 items", () -> {
            throw new IllegalStateException(new SQLTransientConnectionException("connection refused", "08001"));
        })).isInstanceOf(RetryingExecutor.Stopping.class);
        assertThat(waits.of("classified")).isEmpty();
    }

    @Test
    void aDataErrorIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retrying.storing("classified", "storing 1 item", () -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new java.sql.SQLDataException("value too long", "22001"));
        })).isInstanceOf(IllegalStateException.class).isNotInstanceOf(RetryingExecutor.Stopping.class);
        assertThat(calls).hasValue(1);
    }

    /** Only {@code ingest().maxRetryDelay()} is read. */
    private static AlertConfig config(Duration maxRetryDelay) {
        AlertConfig.Ingest ingest = (AlertConfig.Ingest) Proxy.newProxyInstance(AlertConfig.class.getClassLoader(),
                new Class<?>[]{AlertConfig.Ingest.class}, (p, m, a) -> maxRetryDelay);
        return (AlertConfig) Proxy.newProxyInstance(AlertConfig.class.getClassLoader(), new Class<?>[]{AlertConfig.class},
                (p, m, a) -> "ingest".equals(m.getName()) ? ingest : null);
    }
}
