package org.policymonitor.classifier.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.messaging.PolledBatches.Recorder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's logic on SmallRye's in-memory connector, without a broker: a polled batch in (as the Kafka
 * connector builds it), classified items out in order under their keys, poison records dead-lettered one by one,
 * and the batch acknowledged through its last record only. {@code ClassifierPipelineTest} runs the same path on
 * the real broker.
 */
@QuarkusTest
@TestProfile(RawItemsConsumerTest.InMemoryChannels.class)
class RawItemsConsumerTest {

    /**
     * Only this test's application gets in-memory channels. (InMemoryConnector.switch…ToInMemory would also set
     * system properties, which leak into every other test of the JVM: Quarkus reads test profiles up front.)
     */
    public static class InMemoryChannels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.items-raw.connector", InMemoryConnector.CONNECTOR,
                    "mp.messaging.outgoing.items-classified.connector", InMemoryConnector.CONNECTOR);
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    InMemorySink<String> classified;

    @BeforeEach
    void clear() {
        classified = connector.sink("items-classified");
        classified.clear();
    }

    static ConsumerRecord<String, String> record(int partition, long offset, String key, String value) {
        return new ConsumerRecord<>(Topics.ITEMS_RAW, partition, offset, key, value);
    }

    static FeedItem item(String title, String language) {
        return FeedItem.of("belta", "BelTA", "https://www.belta.by/news/" + title.hashCode(), null, title, null, null,
                language, List.of(), null, null, null, Instant.now());
    }

    @Test
    void aBatchIsPublishedInOrderWithPoisonRecordsDeadLetteredOneByOne() {
        FeedItem law = item("В Беларуси подготовят закон об искусственном интеллекте", "ru");
        FeedItem milk = item("Milk production up 3%", "en");
        FeedItem hackers = item("Hackers attacked the railway ticketing system", "en");
        Map<TopicPartition, List<ConsumerRecord<String, String>>> polled = new LinkedHashMap<>();
        polled.put(new TopicPartition(Topics.ITEMS_RAW, 0), List.of(
                record(0, 10, law.id(), EventJson.toJson(law)),
                record(0, 11, "poison", "{not json"),
                record(0, 12, milk.id(), EventJson.toJson(milk))));
        polled.put(new TopicPartition(Topics.ITEMS_RAW, 1), List.of(
                record(1, 40, hackers.id(), EventJson.toJson(hackers)),
                record(1, 41, "no-id", "{\"sourceId\":\"belta\",\"title\":\"no id\"}")));
        Recorder kafka = new Recorder();

        connector.source("items-raw").send(new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(polled, Map.of()),
                "items-raw", -1, kafka, kafka, false, false));

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> assertThat(kafka.events).hasSize(3));
        assertThat(classified.received()).extracting(RawItemsConsumerTest::key)
                .containsExactly(law.id(), milk.id(), hackers.id());
        assertThat(classified.received()).extracting(m -> EventJson.fromJson(m.getPayload(), ClassifiedItem.class).themes())
                .containsExactly(List.of("artificial-intelligence", "ai-law"), List.of(), List.of("cybersecurity"));
        assertThat(kafka.events).contains("ack 0@12")
                .anySatisfy(e -> assertThat(e).startsWith("dead-letter 0@11: ").contains("not a valid FeedItem"))
                .anySatisfy(e -> assertThat(e).startsWith("dead-letter 1@41: ").contains("id"))
                .noneMatch(e -> e.startsWith("ack 0@10") || e.startsWith("ack 1@40"));
        assertThat(kafka.events.indexOf("ack 0@12")).isGreaterThan(indexOfPrefix(kafka.events, "dead-letter 0@11"));
    }

    /**
     * An item that cannot be classified at all (a source id over Lucene's 32,766 bytes for one term) is dead-lettered
     * alone; the rest of its batch is published.
     */
    @Test
    void anItemThatCannotBeClassifiedIsDeadLetteredAloneAndItsBatchPublished() {
        FeedItem law = item("В Беларуси подготовят закон об искусственном интеллекте", "ru");
        FeedItem huge = FeedItem.of("s".repeat(40_000), "Huge", "https://huge.example/1", null,
                "A law on artificial intelligence", null, null, "ru", List.of(), null, null, null, Instant.now());
        FeedItem hackers = item("Hackers attacked the railway ticketing system", "en");
        Map<TopicPartition, List<ConsumerRecord<String, String>>> polled = new LinkedHashMap<>();
        polled.put(new TopicPartition(Topics.ITEMS_RAW, 0), List.of(
                record(0, 20, law.id(), EventJson.toJson(law)),
                record(0, 21, huge.id(), EventJson.toJson(huge)),
                record(0, 22, hackers.id(), EventJson.toJson(hackers))));
        Recorder kafka = new Recorder();

        connector.source("items-raw").send(new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(polled, Map.of()),
                "items-raw", -1, kafka, kafka, false, false));

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> assertThat(kafka.events).hasSize(2));
        assertThat(classified.received()).extracting(RawItemsConsumerTest::key).containsExactly(law.id(), hackers.id());
        assertThat(kafka.events).contains("ack 0@22")
                .anySatisfy(e -> assertThat(e).startsWith("dead-letter 0@21: ").contains("32766"));
    }

    static String key(Message<String> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> (String) m.getKey()).orElse(null);
    }

    static int indexOfPrefix(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
