package org.policymonitor.alert.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.store.StoringOverlap;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.platform.retry.RetryingExecutor;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.messaging.PolledBatches;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.policymonitor.testing.messaging.PolledBatches.record;

/**
 * {@link BatchStorage} on a line of two lanes, with storing steps that overlap as the item store's do: a transaction
 * inserts its rows, takes the grouping lock (here a semaphore), then groups and commits ({@link StoringOverlap}).
 * Batch N+1's transaction inserts while N holds the lock and groups only after N committed; if N rolls back, N+1 is
 * rolled back and stored again after N — commits and acknowledgements stay in the order consumed.
 */
class StoringTurnTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final String TOPIC = "policy.items.classified";

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final StoringLine line = new StoringLine("test-storing", 2, Duration.ofMillis(200));
    private final ExecutorService consumerThread = Executors.newSingleThreadExecutor();
    private final Semaphore groupingLock = new Semaphore(1);
    /** The transaction holding a1 waits here once it holds the lock. */
    private final CountDownLatch a1MayGoOn = new CountDownLatch(1);
    /** The first transaction holding a1 is refused after taking the lock (and then rolls back). */
    private final AtomicBoolean refuseA1Once = new AtomicBoolean();

    @AfterEach
    void stop() {
        line.close();
        consumerThread.shutdownNow();
    }

    private final BatchStorage.Steps<String, String> steps = new BatchStorage.Steps<>() {
        @Override
        public String read(String value) {
            return value;
        }

        @Override
        public String store(List<String> records) {
            return store(records, StoringOverlap.ALONE);
        }

        /** A transaction as ItemStore's: rows, then the lock, then the grouping and the commit. */
        @Override
        public String store(List<String> records, StoringOverlap overlap) {
            log.add("insert " + records);
            groupingLock.acquireUninterruptibly();
            boolean committed = false;
            try {
                overlap.lockTaken();
                log.add("grouping " + records);
                if (records.contains("a1")) {
                    waitFor(a1MayGoOn);
                    if (refuseA1Once.getAndSet(false)) {
                        throw new IllegalStateException("refused after taking the lock");
                    }
                }
                committed = true;
                return "stored";
            } finally {
                log.add((committed ? "commit " : "rollback ") + records);
                groupingLock.release(); // the database lets the lock go at the end of the transaction…
                overlap.ended(committed); // …and then its afterCompletion runs
            }
        }

        @Override
        public void stored(List<String> records, String result) {
            // nothing to count
        }

        @Override
        public String describe(String record) {
            return record;
        }
    };

    private final BatchStorage<String, String> storage = new BatchStorage<>("classified", "test records", steps,
            new RetryingExecutor(new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), () -> 0.5), new ConsumerWaits()),
            new ConsumerWaits(), () -> { }, line, failure -> log.add("held back: " + failure.getMessage()));

    private final class Broker extends PolledBatches.Recorder {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            log.add("ack " + record.getPartition() + "@" + record.getOffset());
            return super.handle(record);
        }
    }

    private void consume(Broker broker, long firstOffset, String... values) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(record(TOPIC, 0, firstOffset + i, values[i], values[i]));
        }
        consumerThread.submit(() -> storage.consume(PolledBatches.batch("classified", broker, records)))
                .get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private int at(String event) {
        int i = log.indexOf(event);
        assertThat(i).as("%s in %s", event, log).isGreaterThanOrEqualTo(0);
        return i;
    }

    @Test
    void theNextBatchInsertsWhileTheOneBeforeHoldsTheLockAndGroupsCommitsAndIsAckedAfterIt() throws Exception {
        Broker broker = new Broker();
        consume(broker, 1, "a1", "a2");
        consume(broker, 3, "b1");

        // N holds the lock and waits; N+1's transaction has begun and inserted its rows meanwhile
        await().atMost(DEADLINE).until(() -> log.contains("insert [b1]"));
        assertThat(log).containsExactly("insert [a1, a2]", "grouping [a1, a2]", "insert [b1]");

        a1MayGoOn.countDown();
        await().atMost(DEADLINE).until(() -> log.contains("ack 0@3"));
        assertThat(at("commit [a1, a2]")).isLessThan(at("grouping [b1]"));
        assertThat(at("ack 0@2")).isLessThan(at("ack 0@3"));
        assertThat(log).doesNotContain("rollback [b1]");
    }

    @Test
    void aBatchRolledBackAfterTheNextBeganIsStoredAgainBeforeTheNextCommits() throws Exception {
        refuseA1Once.set(true);
        Broker broker = new Broker();
        consume(broker, 1, "a1", "a2");
        consume(broker, 3, "b1");
        await().atMost(DEADLINE).until(() -> log.contains("insert [b1]"));

        a1MayGoOn.countDown(); // N is refused and rolls back: stored again one record at a time, as always

        await().atMost(DEADLINE).until(() -> log.contains("ack 0@3"));
        // N+1 took the lock after N's rollback, rolled back itself and was stored again once N was stored
        assertThat(at("rollback [a1, a2]")).isLessThan(at("rollback [b1]"));
        assertThat(log.stream().filter("grouping [b1]"::equals)).as("b1 grouped once, after N").hasSize(1);
        assertThat(at("commit [a2]")).isLessThan(at("grouping [b1]"));
        assertThat(at("commit [a1]")).isLessThan(at("commit [b1]"));
        assertThat(at("commit [a2]")).isLessThan(at("commit [b1]"));
        assertThat(at("commit [b1]")).isLessThan(at("ack 0@3"));
        assertThat(at("ack 0@2")).isLessThan(at("ack 0@3")); // a batch is acked at its last offset
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the test never answered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
