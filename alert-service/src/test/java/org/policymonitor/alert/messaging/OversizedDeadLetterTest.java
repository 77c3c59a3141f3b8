package org.policymonitor.alert.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.platform.messaging.DeadLetterHeaders;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;
import org.policymonitor.testing.KafkaTestClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison record as large as the broker takes: its dead letter (the record plus the reason headers) is larger than
 * a producer may send, so it goes to the dead-letter topic cut short, saying so, and the channel keeps consuming.
 */
@QuarkusTest
class OversizedDeadLetterTest {

    /** Just under the producer's and broker's 1 MiB default, so that the record itself is accepted. */
    private static final int POISON_BYTES = 1_048_576 - 200;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void aDeadLetterTooLargeForTheDeadLetterTopicGoesThereCutShortAndTheChannelMovesOn() {
        String source = TestItems.uniqueSource("oversized");
        String poison = "{not json " + "x".repeat(POISON_BYTES - 10);
        try (KafkaTestClient.Subscription dlq = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_CLASSIFIED))) {
            kafka.send(Topics.ITEMS_CLASSIFIED, "huge-" + source, poison);
            ConsumerRecord<String, String> dead = dlq.awaitRecords(1, r -> ("huge-" + source).equals(r.key()),
                    Deadlines.ARRIVES).get(0);
            // the channel still consumes
            ClassifiedItem after = TestItems.modelLawItem(source, "После огромной записи: модельный закон");
            kafka.send(Topics.ITEMS_CLASSIFIED, after.item().id(), TestItems.json(after));
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + after.item().id())
                    .then().statusCode(200));

            assertThat(dead.value().getBytes(StandardCharsets.UTF_8).length).isLessThan(POISON_BYTES);
            assertThat(poison).startsWith(dead.value());
            assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.TRUNCATED)).isEqualTo(String.valueOf(POISON_BYTES));
            assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).startsWith("not a valid ClassifiedItem");
            assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ITEMS_CLASSIFIED);
            assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.OFFSET)).isNotNull();
        }
    }
}
