package org.policymonitor.alert.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.SourceStatusEventEntity;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.messaging.PolledBatches;
import org.policymonitor.testing.messaging.PolledBatches.Recorder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.policymonitor.testing.messaging.PolledBatches.record;

/**
 * The three consumers' logic on SmallRye's in-memory connector, without a broker (the real PostgreSQL stores): a
 * polled batch in, as the Kafka connector builds it; what can be read stored, each poison record nacked into the
 * dead-letter topic on its own, and each partition acknowledged through its last record only once everything before
 * it is settled. {@code ItemApiTest}, {@code ItemChangesTest} and {@code DatabaseOutageTest} run the same paths on the
 * real broker.
 */
@QuarkusTest
@TestProfile(ConsumersInMemoryTest.InMemoryChannels.class)
class ConsumersInMemoryTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;

    /** Only this test's application gets in-memory channels (see the classifier's RawItemsConsumerTest). */
    public static class InMemoryChannels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.classified.connector", InMemoryConnector.CONNECTOR,
                    "mp.messaging.incoming.source-status.connector", InMemoryConnector.CONNECTOR,
                    "mp.messaging.incoming.changes.connector", InMemoryConnector.CONNECTOR);
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    private Recorder send(String channel, List<ConsumerRecord<String, String>> records) {
        Recorder kafka = new Recorder();
        connector.source(channel).send(PolledBatches.batch(channel, kafka, records));
        return kafka;
    }

    @Test
    void classifiedItemsAreStoredInOneGoAndEachPoisonRecordIsDeadLetteredAlone() {
        String source = TestItems.uniqueSource("in-memory");
        ClassifiedItem law = TestItems.modelLawItem(source, "Парламент обсудил модельный закон об ИИ");
        ClassifiedItem plain = TestItems.untagged(TestItems.feedItem(source, "Weather", "Sunny", "en"));
        ClassifiedItem other = TestItems.untagged(TestItems.feedItem(source, "Sports", "A match", "en"));
        String topic = Topics.ITEMS_CLASSIFIED;

        Recorder kafka = send("classified", List.of(
                record(topic, 0, 10, law.item().id(), EventJson.toJson(law)),
                record(topic, 0, 11, "poison", "{not json"),
                record(topic, 0, 12, plain.item().id(), EventJson.toJson(plain)),
                record(topic, 1, 40, other.item().id(), EventJson.toJson(other)),
                record(topic, 1, 41, "no-id", "{\"item\":{\"id\":\"\",\"sourceId\":\"s\"},\"tags\":[]}")));

        // partition 1 ends with a poison record: its nack (into the dead-letter topic) is what commits past it
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kafka.events).hasSize(3));
        assertThat(kafka.events).contains("ack 0@12")
                .anySatisfy(e -> assertThat(e).startsWith("dead-letter 0@11: ").contains("not a valid ClassifiedItem"))
                .anySatisfy(e -> assertThat(e).startsWith("dead-letter 1@41: ").contains("item.id"))
                .noneMatch(e -> e.startsWith("ack 0@10") || e.startsWith("ack 1@40"));
        // the partition is committed past the poison record only once it is in the dead-letter topic
        assertThat(kafka.events.indexOf("ack 0@12")).isGreaterThan(kafka.events.indexOf(
                kafka.startingWith("dead-letter 0@11").get(0)));
        assertThat(storedItems(source)).isEqualTo(3);
    }

    @Test
    void aRecordTheDatabaseRefusesIsFoundAndDeadLetteredWhileTheRestOfItsBatchIsStored() {
        String source = TestItems.uniqueSource("in-memory-refused");
        ClassifiedItem good = TestItems.untagged(TestItems.feedItem(source, "Budget", "Adopted", "en"));
        // readable, but longer than the language column: the database refuses it, and with it the batch's transaction
        ClassifiedItem refused = TestItems.untagged(TestItems.feedItem(source, "Odd", "Odd", "x".repeat(40)));
        ClassifiedItem after = TestItems.untagged(TestItems.feedItem(source, "Roads", "Repaired", "en"));
        String topic = Topics.ITEMS_CLASSIFIED;

        Recorder kafka = send("classified", List.of(
                record(topic, 2, 5, good.item().id(), EventJson.toJson(good)),
                record(topic, 2, 6, refused.item().id(), EventJson.toJson(refused)),
                record(topic, 2, 7, after.item().id(), EventJson.toJson(after))));

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kafka.events).hasSize(2));
        assertThat(kafka.events.get(0)).startsWith("dead-letter 2@6: ");
        assertThat(kafka.events.get(1)).isEqualTo("ack 2@7");
        assertThat(storedItems(source)).isEqualTo(2);
    }

    @Test
    void aRedeliveredBatchIsAcknowledgedAgainAndChangesNothing() {
        String source = TestItems.uniqueSource("in-memory-again");
        ClassifiedItem item = TestItems.untagged(TestItems.feedItem(source, "Again", "Twice", "en"));
        List<ConsumerRecord<String, String>> records = List.of(
                record(Topics.ITEMS_CLASSIFIED, 3, 1, item.item().id(), EventJson.toJson(item)));

        Recorder first = send("classified", records);
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(first.events).containsExactly("ack 3@1"));
        Instant updated = QuarkusTransaction.requiringNew().call(
                () -> ItemEntity.<ItemEntity>findById(item.item().id()).updatedAt);

        Recorder again = send("classified", records);
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(again.events).containsExactly("ack 3@1"));
        assertThat(storedItems(source)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> ItemEntity.<ItemEntity>findById(item.item().id()).updatedAt)).isEqualTo(updated);
    }

    @Test
    void changesAreStoredBeforeTheirItemAndPoisonChangesAreDeadLettered() {
        String itemId = "in-memory-change-" + System.nanoTime();
        String change = EventJson.toJson(new ItemChange(ItemChange.SCHEMA_VERSION, itemId, "in-memory",
                "https://example.org/a", "A", ChangeKind.EDITED, 2, List.of(), "hash-2", 200,
                Instant.parse("2026-11-30T10:00:00Z")));
        String topic = Topics.ITEMS_CHANGED;

        Recorder kafka = send("changes", List.of(
                record(topic, 0, 3, itemId, change),
                record(topic, 0, 4, itemId, "{\"itemId\":\"" + itemId + "\",\"change\":\"edited\",\"version\":0}")));

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kafka.events).hasSize(1));
        assertThat(kafka.events.get(0)).startsWith("dead-letter 0@4: ").contains("version");
        // the last record is the poison one: nacked, and its nack commits the partition past it
        assertThat(QuarkusTransaction.requiringNew().call(() -> ItemChangeEntity.count("itemId", itemId)))
                .isEqualTo(1);
    }

    @Test
    void sourceStatusesAreStoredOnceAndAStatusWithoutSourceIsDeadLettered() {
        String source = TestItems.uniqueSource("in-memory-status");
        SourceStatus failing = new SourceStatus(source, "In-memory source", SourceHealth.FAILING, SourceHealth.OK,
                "HTTP 503", Instant.now(), Instant.now(), 3, Instant.now());
        String topic = Topics.SOURCES_STATUS;

        Recorder kafka = send("source-status", List.of(
                record(topic, 0, 20, "nobody", "{\"health\":\"failing\"}"),
                record(topic, 0, 21, source, EventJson.toJson(failing)),
                record(topic, 0, 22, source, EventJson.toJson(failing))));

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kafka.events).hasSize(2));
        assertThat(kafka.events.get(0)).startsWith("dead-letter 0@20: ").contains("sourceId");
        assertThat(kafka.events.get(1)).isEqualTo("ack 0@22");
        assertThat(QuarkusTransaction.requiringNew().call(() -> SourceStatusEventEntity.count("sourceId", source)))
                .isEqualTo(1);
    }

    private static long storedItems(String source) {
        return QuarkusTransaction.requiringNew().call(() -> ItemEntity.count("sourceId", source));
    }
}
