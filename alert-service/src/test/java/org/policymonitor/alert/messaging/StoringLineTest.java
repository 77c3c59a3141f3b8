package org.policymonitor.alert.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.platform.retry.RetryingExecutor;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.messaging.PolledBatches;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.policymonitor.testing.messaging.PolledBatches.record;

/**
 * {@link BatchStorage} with a {@link StoringLine}: the consumer's thread reads the next batch while the line stores
 * the one before, and still no offset is acknowledged before what it covers is stored or dead-lettered — batches
 * are stored one at a time in the order consumed, a batch is acked only after the batch before it is settled
 * (however its storing went), and a stop acks nothing of a batch not stored.
 */
class StoringLineTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final String TOPIC = "policy.items.classified";

    /** Store calls, reads, and what the commit and failure strategies were asked to do, in one order. */
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final StoringLine line = new StoringLine("test-storing", Duration.ofMillis(200));
    private final ExecutorService consumerThread = Executors.newSingleThreadExecutor();
    /** How the fake database answers a store of these records; by default it stores them. */
    private volatile Function<List<String>, String> database = records -> "stored";

    @AfterEach
    void stop() {
        line.close();
        consumerThread.shutdownNow();
    }

    private final BatchStorage.Steps<String, String> steps = new BatchStorage.Steps<>() {
        @Override
        public String read(String value) {
            log.add("read " + value);
            if (value.startsWith("poison")) {
                throw new IllegalArgumentException("unreadable");
            }
            return value;
        }

        @Override
        public String store(List<String> records) {
            log.add("store " + records);
            return database.apply(records);
        }

        @Override
        public void stored(List<String> records, String result) {
            // nothing to count here
        }

        @Override
        public String describe(String record) {
            return record;
        }
    };

    private final BatchStorage<String, String> storage = new BatchStorage<>("classified", "test records", steps,
            new RetryingExecutor(new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), () -> 0.5), new ConsumerWaits()),
            new ConsumerWaits(), () -> { }, line, failure -> log.add("held back: " + failure.getMessage()));

    /** Logs acks and dead letters into {@link #log}; a dead letter completes when {@code deadLetterWritten} does. */
    private final class Broker extends PolledBatches.Recorder {
        volatile CompletableFuture<Void> deadLetterWritten = CompletableFuture.completedFuture(null);

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            log.add("ack " + record.getPartition() + "@" + record.getOffset());
            return super.handle(record);
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            log.add("dead-letter " + record.getPartition() + "@" + record.getOffset());
            super.handle(record, reason, metadata);
            return Uni.createFrom().completionStage(deadLetterWritten)
                    .invoke(() -> log.add("dead-letter written " + record.getPartition() + "@" + record.getOffset()));
        }
    }

    private Future<CompletionStage<Void>> consume(Broker broker, int partition, long firstOffset, String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(record(TOPIC, partition, firstOffset + i, values[i], values[i]));
        }
        return consumerThread.submit(() -> storage.consume(PolledBatches.batch("classified", broker, records)));
    }

    private int at(String event) {
        int i = log.indexOf(event);
        assertThat(i).as("%s in %s", event, log).isGreaterThanOrEqualTo(0);
        return i;
    }

    @Test
    void theNextBatchIsReadWhileTheOneBeforeIsStoredAndBatchesAreStoredAndAckedInOrder() throws Exception {
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        database = records -> {
            if (records.contains("a1")) {
                waitFor(databaseAnswers);
            }
            return "stored";
        };
        Broker broker = new Broker();

        Future<CompletionStage<Void>> first = consume(broker, 0, 1, "a1", "a2");
        // the line has taken the first batch: the consumer's thread is free again
        assertThat(first.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isCompleted();
        Future<CompletionStage<Void>> second = consume(broker, 0, 3, "b1");
        await().atMost(DEADLINE).until(() -> log.contains("read b1"));

        // the second batch is read while the first is in its transaction, but waits to be stored
        assertThat(log).contains("store [a1, a2]").doesNotContain("store [b1]").noneMatch(e -> e.startsWith("ack"));
        assertThat(second).isNotDone();

        databaseAnswers.countDown();
        await().atMost(DEADLINE).until(() -> log.contains("ack 0@3"));
        assertThat(second.get()).isCompleted();
        assertThat(at("store [a1, a2]")).isLessThan(at("ack 0@2"));
        assertThat(at("ack 0@2")).isLessThan(at("store [b1]"));
        assertThat(at("store [b1]")).isLessThan(at("ack 0@3"));
    }

    @Test
    void aBatchStoredOneByOneAfterItsTransactionFailedIsSettledBeforeAnyRecordOfTheNextIsAcked() throws Exception {
        // the database refuses any transaction holding "a2": the batch is stored again one record at a time
        database = records -> {
            if (records.contains("a2")) {
                throw new IllegalStateException("value too long for type character varying(16)");
            }
            return "stored";
        };
        Broker broker = new Broker();
        broker.deadLetterWritten = new CompletableFuture<>(); // the dead-letter topic is slow to answer

        consume(broker, 0, 1, "a1", "a2", "a3").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        consume(broker, 0, 4, "b1").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        consume(broker, 0, 5, "b2").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(DEADLINE).until(() -> log.contains("store [b2]"));

        // the later batches are stored, but while a2's dead letter is unwritten nothing at all is acknowledged
        assertThat(log).contains("store [a1, a2, a3]", "store [a1]", "store [a2]", "store [a3]", "store [b1]",
                "dead-letter 0@2").noneMatch(e -> e.startsWith("ack"));

        broker.deadLetterWritten.complete(null);
        await().atMost(DEADLINE).until(() -> log.contains("ack 0@5"));
        assertThat(at("dead-letter written 0@2")).isLessThan(at("ack 0@3"));
        assertThat(at("ack 0@3")).isLessThan(at("ack 0@4"));
        assertThat(at("ack 0@4")).isLessThan(at("ack 0@5"));
    }

    @Test
    void aBatchThatCouldNotBeSettledHoldsBackTheAcksOfEveryLaterBatch() throws Exception {
        Broker broker = new Broker();
        broker.deadLetterWritten = CompletableFuture.failedFuture(new IllegalStateException("dead-letter topic gone"));

        consume(broker, 0, 1, "a1", "poison", "a3").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        consume(broker, 0, 4, "b1").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        consume(broker, 1, 1, "c1").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(DEADLINE).until(() -> log.contains("store [c1]"));
        // the line has finished with c1 (it settles a batch before it takes the next): give its settlement a chance
        consume(broker, 1, 2, "d1").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        await().atMost(DEADLINE).until(() -> log.contains("store [d1]"));

        assertThat(log).contains("dead-letter 0@2").noneMatch(e -> e.startsWith("ack"));
        // and the consumer is told, once, so that it can ask for the restart that alone commits offsets again
        assertThat(log).filteredOn(e -> e.startsWith("held back")).singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("dead-letter topic gone");
    }

    @Test
    void aStopWhileABatchWaitsForTheDatabaseAcksNothingAndRefusesTheBatchWaitingBehindIt() throws Exception {
        database = records -> {
            throw new IllegalStateException(new SQLException("connection refused", "08001"));
        };
        Broker broker = new Broker();

        consume(broker, 0, 1, "a1").get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        Future<CompletionStage<Void>> waiting = consume(broker, 0, 2, "b1");
        await().atMost(DEADLINE).until(() -> log.contains("read b1") && log.stream().filter("store [a1]"::equals).count() > 2);

        line.close();

        assertThat(waiting).failsWithin(DEADLINE).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(RetryingExecutor.Stopping.class);
        assertThat(log).doesNotContain("store [b1]").noneMatch(e -> e.startsWith("ack") || e.startsWith("dead-letter"));
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
