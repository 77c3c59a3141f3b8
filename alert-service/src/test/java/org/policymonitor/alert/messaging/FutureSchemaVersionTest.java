package org.policymonitor.alert.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.KafkaTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records written by a newer producer — a {@code schemaVersion} above what this service reads, on the record or on
 * the item inside a classified record — go to the dead-letter topic whole with a reason that says so, on the real
 * broker, instead of being half-read with the fields this version knows; the records around them are stored.
 */
@QuarkusTest
class FutureSchemaVersionTest {

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void classifiedItemsOfAFutureVersionGoToTheDeadLetterTopicWithTheReason() {
        String source = TestItems.uniqueSource("future");
        ClassifiedItem outer = TestItems.untagged(TestItems.feedItem(source, "Outer version two", null, "en"));
        ClassifiedItem inner = TestItems.untagged(TestItems.feedItem(source, "Inner version three", null, "en"));
        ClassifiedItem good = TestItems.untagged(TestItems.feedItem(source, "A good item beside them", null, "en"));
        String outerJson = TestItems.json(outer).replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":2");
        String innerJson = TestItems.json(inner).replace("\"item\":{\"schemaVersion\":1",
                "\"item\":{\"schemaVersion\":3");
        assertThat(innerJson).contains("\"schemaVersion\":3");
        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_CLASSIFIED))) {
            kafka.send(Topics.ITEMS_CLASSIFIED, outer.item().id(), outerJson);
            kafka.send(Topics.ITEMS_CLASSIFIED, inner.item().id(), innerJson);
            kafka.send(Topics.ITEMS_CLASSIFIED, good.item().id(), TestItems.json(good));
            List<ConsumerRecord<String, String>> dead = dlq.awaitRecords(2,
                    r -> outer.item().id().equals(r.key()) || inner.item().id().equals(r.key()), Deadlines.ARRIVES);
            Map<String, String> reasons = dead.stream().collect(Collectors.toMap(ConsumerRecord::key,
                    r -> KafkaTestClient.header(r, "dead-letter-reason")));
            assertThat(reasons.get(outer.item().id())).isEqualTo("ClassifiedItem schemaVersion 2 is newer than this "
                    + "service reads (1): upgrade the consumer, then replay the record from the dead-letter topic");
            assertThat(reasons.get(inner.item().id())).isEqualTo("item: FeedItem schemaVersion 3 is newer than this "
                    + "service reads (1): upgrade the consumer, then replay the record from the dead-letter topic");
            assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(outerJson, innerJson);
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + good.item().id())
                    .then().statusCode(200));
        }
        Api.asAnalyst().get("/api/items/" + outer.item().id()).then().statusCode(404);
        Api.asAnalyst().get("/api/items/" + inner.item().id()).then().statusCode(404);
    }

    @Test
    void aSourceStatusOfAFutureVersionGoesToTheDeadLetterTopicWithTheReason() {
        String source = TestItems.uniqueSource("future-status");
        SourceStatus status = new SourceStatus(source, "Future", SourceHealth.FAILING, SourceHealth.OK, "timeout",
                Instant.now(), Instant.now(), 3, null);
        String json = EventJson.toJson(status).replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.SOURCES_STATUS))) {
            kafka.send(Topics.SOURCES_STATUS, source, json);
            ConsumerRecord<String, String> dead = dlq.awaitRecords(1, r -> source.equals(r.key()), Deadlines.ARRIVES)
                    .get(0);
            assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).isEqualTo("SourceStatus schemaVersion 2 is "
                    + "newer than this service reads (1): upgrade the consumer, then replay the record from the "
                    + "dead-letter topic");
        }
    }
}
