package org.policymonitor.classifier.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.engine.RulesetRegistry;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;
import org.policymonitor.events.Topics;
import org.policymonitor.platform.messaging.DeadLetterHeaders;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The real broker: raw items in, classified items out under the same key; poison records to the DLQ. */
@QuarkusTest
class ClassifierPipelineTest {

    static KafkaTestClient kafka;
    static KafkaTestClient.Subscription classified;
    static KafkaTestClient.Subscription deadLetters;

    @Inject
    RulesetRegistry rulesets;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
        classified = kafka.subscribe(Topics.ITEMS_CLASSIFIED);
        deadLetters = kafka.subscribe(Topics.deadLetter(Topics.ITEMS_RAW));
    }

    @AfterAll
    static void disconnect() {
        classified.close();
        deadLetters.close();
        kafka.close();
    }

    static FeedItem item(String title, String summary, String language) {
        return FeedItem.of("belta", "BelTA", "https://www.belta.by/news/" + UUID.randomUUID(), null, title, summary,
                null, language, List.of(), null, null, null, Instant.now());
    }

    @Test
    void anItemIsClassifiedWithEvidenceUnderItsKeyAndTheRulesetVersion() {
        FeedItem item = item("В Беларуси подготовят закон об искусственном интеллекте",
                "Законопроект о технологиях ИИ включен в план на 2026 год.", "ru");
        kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));

        ConsumerRecord<String, String> out = classified.awaitRecords(1, r -> item.id().equals(r.key()),
                Deadlines.ARRIVES).get(0);
        ClassifiedItem result = EventJson.fromJson(out.value(), ClassifiedItem.class);
        assertThat(result.item().id()).isEqualTo(item.id());
        assertThat(result.item().title()).isEqualTo(item.title());
        assertThat(result.themes()).containsExactly("artificial-intelligence", "ai-law");
        assertThat(result.rulesetVersion()).isEqualTo(rulesets.engine().version());
        Tag law = result.tags().get(1);
        assertThat(law.rules()).containsExactly("ai-law-ru");
        assertThat(law.evidence()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.text()).isEqualTo("закон");
            assertThat(item.title().substring(e.start(), e.end())).isEqualTo("закон");
        });
    }

    /**
     * A listing catalogued as {@code ru} carries Belarusian items: the classifier reads such an item as Belarusian
     * (its rules and stemming) and says so in the classified event, so that alert-service stores and filters it as
     * {@code be}. The label stays the item's; an item read as labelled has no {@code analysedLanguage} (as labelled).
     */
    @Test
    void anItemLabelledRussianButWrittenInBelarusianIsReportedAsAnalysedInBelarusian() {
        FeedItem item = item("Мадэльны закон аб штучным інтэлекце", "Парламент разгледзіць законапраект.", "ru");
        FeedItem asLabelled = item("В Беларуси подготовят закон об искусственном интеллекте", null, "ru");
        kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));
        kafka.send(Topics.ITEMS_RAW, asLabelled.id(), EventJson.toJson(asLabelled));

        JsonNode out = EventJson.fromJson(classified.awaitRecords(1, r -> item.id().equals(r.key()),
                Deadlines.ARRIVES).get(0).value(), JsonNode.class);
        assertThat(out.path("analysedLanguage").asText(null)).as("analysedLanguage of %s", out).isEqualTo("be");
        assertThat(out.path("item").path("language").asText()).isEqualTo("ru");
        JsonNode labelled = EventJson.fromJson(classified.awaitRecords(1, r -> asLabelled.id().equals(r.key()),
                Deadlines.ARRIVES).get(0).value(), JsonNode.class);
        assertThat(labelled.has("analysedLanguage")).isFalse();
    }

    @Test
    void anItemWithoutThemesIsPublishedToo() {
        FeedItem item = item("Milk production up 3%", "Cows gave more milk this year.", "en");
        kafka.send(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item));

        ConsumerRecord<String, String> out = classified.awaitRecords(1, r -> item.id().equals(r.key()),
                Deadlines.ARRIVES).get(0);
        JsonNode json = EventJson.fromJson(out.value(), JsonNode.class);
        assertThat(json.get("tags").isArray()).isTrue();
        assertThat(json.get("tags")).isEmpty();
        assertThat(json.get("rulesetVersion").asText()).startsWith("sha256:");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndThePartitionMovesOn() {
        String badJsonKey = "poison-" + UUID.randomUUID();
        String noIdKey = "no-id-" + UUID.randomUUID();
        kafka.send(Topics.ITEMS_RAW, badJsonKey, "{not json");
        kafka.send(Topics.ITEMS_RAW, noIdKey, "{\"sourceId\":\"belta\",\"title\":\"no id\"}");
        FeedItem good = item("Hackers attacked the railway ticketing system", null, "en");
        kafka.send(Topics.ITEMS_RAW, good.id(), EventJson.toJson(good));

        List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(2,
                r -> badJsonKey.equals(r.key()) || noIdKey.equals(r.key()), Deadlines.ARRIVES);
        ConsumerRecord<String, String> badJson = dead.stream().filter(r -> badJsonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(badJson.value()).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(badJson, "dead-letter-reason")).contains("not a valid FeedItem");
        ConsumerRecord<String, String> noId = dead.stream().filter(r -> noIdKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(noId, "dead-letter-reason")).contains("id");

        ConsumerRecord<String, String> out = classified.awaitRecords(1, r -> good.id().equals(r.key()),
                Deadlines.ARRIVES).get(0);
        assertThat(EventJson.fromJson(out.value(), ClassifiedItem.class).themes()).containsExactly("cybersecurity");
        assertThat(classified.drain(r -> badJsonKey.equals(r.key()) || noIdKey.equals(r.key()), Duration.ofMillis(500)))
                .isEmpty();
    }

    /**
     * An item written by a newer producer ({@code schemaVersion} above what this service reads) is not half-read
     * with the fields this version knows: it goes to the dead-letter topic whole, with a reason that says so, and
     * the items beside it are classified.
     */
    @Test
    void anItemOfAFutureSchemaVersionGoesToTheDeadLetterTopicWithTheReason() {
        FeedItem future = item("Decree on digital development", null, "en");
        String json = EventJson.toJson(future).replace("\"schemaVersion\":1", "\"schemaVersion\":2")
                .replaceFirst("\\{", "{\"body\":{\"format\":\"markdown\"},");
        kafka.send(Topics.ITEMS_RAW, future.id(), json);
        FeedItem good = item("Hackers attacked the railway ticketing system", null, "en");
        kafka.send(Topics.ITEMS_RAW, good.id(), EventJson.toJson(good));

        ConsumerRecord<String, String> dead = deadLetters.awaitRecords(1, r -> future.id().equals(r.key()),
                Deadlines.ARRIVES).get(0);
        assertThat(dead.value()).isEqualTo(json);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
                .isEqualTo("FeedItem schemaVersion 2 is newer than this service reads (1): upgrade the consumer, "
                        + "then replay the record from the dead-letter topic");
        classified.awaitRecords(1, r -> good.id().equals(r.key()), Deadlines.ARRIVES);
        assertThat(classified.drain(r -> future.id().equals(r.key()), Duration.ofMillis(500))).isEmpty();
    }

    /**
     * A poison record as large as the broker takes: its dead letter (the record plus the reason headers) is larger
     * than a producer may send. It goes to the dead-letter topic cut short, saying so, and the channel moves on.
     */
    @Test
    void aDeadLetterTooLargeForTheDeadLetterTopicGoesThereCutShortAndTheChannelMovesOn() {
        int poisonBytes = 1_048_576 - 200; // just under the producer's and broker's 1 MiB default
        String key = "huge-" + UUID.randomUUID();
        String poison = "{not json " + "x".repeat(poisonBytes - 10);
        kafka.send(Topics.ITEMS_RAW, key, poison);

        ConsumerRecord<String, String> dead = deadLetters.awaitRecords(1, r -> key.equals(r.key()), Deadlines.ARRIVES).get(0);
        assertThat(dead.value().length()).isLessThan(poisonBytes);
        assertThat(poison).startsWith(dead.value());
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.TRUNCATED)).isEqualTo(String.valueOf(poisonBytes));
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).contains("not a valid FeedItem");
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.OFFSET)).isNotNull();

        FeedItem after = item("Hackers attacked the railway ticketing system again", null, "en");
        kafka.send(Topics.ITEMS_RAW, after.id(), EventJson.toJson(after));
        classified.awaitRecords(1, r -> after.id().equals(r.key()), Deadlines.ARRIVES);
    }
}
