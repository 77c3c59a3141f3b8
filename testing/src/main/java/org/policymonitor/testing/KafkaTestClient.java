package org.policymonitor.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Plain Kafka clients for tests: send a record and wait, with a deadline, for records on a topic. */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient() {
        this(TestKafka.bootstrapServers());
    }

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(p);
    }

    /** Sends and waits for the broker's acknowledgement (the first send to a topic creates it). */
    public void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends a record as built (a null key or value, headers of any bytes) and waits for the acknowledgement. */
    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(Deadlines.ARRIVES.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + record.topic() + ": " + e.getMessage(), e);
        }
    }

    /** A consumer of the topic from its beginning, in a group of its own. */
    public Subscription subscribe(String topic) {
        return new Subscription(bootstrapServers, topic);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Records read from one topic; {@link #awaitRecords} polls until enough match or the deadline passes. */
    public static final class Subscription implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        Subscription(String bootstrapServers, String topic) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            consumer = new KafkaConsumer<>(p);
            consumer.subscribe(List.of(topic));
        }

        /**
         * @return all records seen so far that match, once at least {@code count} match
         * @throws AssertionError when fewer than {@code count} matched before the deadline
         */
        public List<ConsumerRecord<String, String>> awaitRecords(int count, Predicate<ConsumerRecord<String, String>> filter,
                                                                 Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<ConsumerRecord<String, String>> matching = matching(filter);
            while (matching.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                matching = matching(filter);
            }
            if (matching.size() < count) {
                throw new AssertionError("expected " + count + " matching records within " + timeout + ", got "
                        + matching.size() + " (of " + seen.size() + " read)");
            }
            return matching;
        }

        /** Reads for the given time and returns every matching record (to assert that nothing more arrives). */
        public List<ConsumerRecord<String, String>> drain(Predicate<ConsumerRecord<String, String>> filter, Duration during) {
            long deadline = System.nanoTime() + during.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            return matching(filter);
        }

        private List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> filter) {
            return seen.stream().filter(filter).toList();
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
