package org.policymonitor.alert.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.KafkaTestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Classified items whose fields parse but do not fit what the store keeps — a language tag longer than a language tag,
 * an offset with seconds — are poison with a reason naming the field, on the real broker, and the items around them
 * are stored. Before, the database refused them ("value too long for type character varying(16)"), costing the batch a
 * rollback and the operator a reason that named no field.
 */
@QuarkusTest
class ColumnLimitsPoisonTest {

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void fieldsTooLongForTheStoreGoToTheDeadLetterTopicNamingTheField() {
        String source = TestItems.uniqueSource("limits");
        FeedItem base = TestItems.feedItem(source, "Language tag from another planet", "Text.", "en");
        FeedItem longLanguage = new FeedItem(FeedItem.SCHEMA_VERSION, "lang-" + source, source, "Limits", base.link(),
                null, base.title(), base.summary(), null, "x".repeat(40), List.of(), null, null, null, base.fetchedAt());
        FeedItem secondsOffset = new FeedItem(FeedItem.SCHEMA_VERSION, "offset-" + source, source, "Limits",
                base.link() + "/2", null, "Minsk mean time", null, null, "ru", List.of(), null,
                OffsetDateTime.parse("1920-06-01T10:00:00+01:50:16"), null, base.fetchedAt());
        ClassifiedItem good = TestItems.untagged(TestItems.feedItem(source, "A good item beside them", null, "en"));
        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_CLASSIFIED))) {
            for (ClassifiedItem c : List.of(TestItems.untagged(longLanguage), TestItems.untagged(secondsOffset), good)) {
                kafka.send(Topics.ITEMS_CLASSIFIED, c.item().id(), TestItems.json(c));
            }
            List<ConsumerRecord<String, String>> dead = dlq.awaitRecords(2,
                    r -> r.key() != null && r.key().endsWith(source), Deadlines.ARRIVES);
            Map<String, String> reasons = dead.stream().collect(Collectors.toMap(ConsumerRecord::key,
                    r -> KafkaTestClient.header(r, "dead-letter-reason")));
            assertThat(reasons.get("lang-" + source)).isEqualTo("item.language must be at most 16 characters");
            assertThat(reasons.get("offset-" + source))
                    .isEqualTo("item.publishedAt has an offset with seconds (+01:50:16); offsets are whole minutes");
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + good.item().id())
                    .then().statusCode(200));
        }
    }
}
