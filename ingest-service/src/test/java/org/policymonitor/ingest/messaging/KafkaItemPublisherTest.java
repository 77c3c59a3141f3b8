package org.policymonitor.ingest.messaging;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.poll.PublishResult;
import org.policymonitor.platform.messaging.DeadLetterHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher's decisions, fast and without a broker: what counts as published, what goes to the dead-letter topic
 * and in which form, and what stays for the next poll. The sender answers like Kafka's producer would (acknowledged,
 * {@link RecordTooLargeException}, {@link TimeoutException}); {@code OversizedItemTest} and {@code BrokerRestartTest}
 * show the same against a real broker.
 */
class KafkaItemPublisherTest {

    private static final String TOPIC = Topics.ITEMS_RAW;

    /** Records handed to the sender, in order. */
    private record Sent(String topic, String key, String value, Headers headers) {
        String header(String name) {
            Header h = headers.lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    }

    /** A sender whose answer per record the test decides; it remembers every record it was given. */
    private static final class ScriptedSender implements RecordSender {
        final List<Sent> sent = new ArrayList<>();
        private final Function<Sent, CompletionStage<Void>> answer;

        ScriptedSender(Function<Sent, CompletionStage<Void>> answer) {
            this.answer = answer;
        }

        @Override
        public CompletionStage<Void> send(String topic, String key, String value, Headers headers) {
            Sent record = new Sent(topic, key, value, headers);
            sent.add(record);
            return answer.apply(record);
        }

        List<Sent> on(String topic) {
            return sent.stream().filter(s -> s.topic().equals(topic)).toList();
        }
    }

    private static final CompletionStage<Void> ACK = CompletableFuture.completedFuture(null);

    private static FeedItem item(String guid, String content) {
        return FeedItem.of("belta-en", "BelTA", "https://eng.belta.by/news/" + guid, guid, "Title " + guid,
                "Summary " + guid, content, "en", List.of("Politics"), null, null, null, Instant.EPOCH);
    }

    private static KafkaItemPublisher publisher(RecordSender sender) {
        return new KafkaItemPublisher(sender, TOPIC, Duration.ofSeconds(5));
    }

    @Test
    void everyAcknowledgedItemIsPublishedWithItsIdAsKey() {
        ScriptedSender sender = new ScriptedSender(s -> ACK);
        List<FeedItem> items = List.of(item("a", "x"), item("b", "y"), item("c", "z"));

        PublishResult result = publisher(sender).publish(items);

        assertThat(result.published()).containsExactlyElementsOf(items);
        assertThat(result.deadLettered()).isEmpty();
        assertThat(sender.on(TOPIC)).extracting(Sent::key).containsExactly(items.get(0).id(), items.get(1).id(),
                items.get(2).id());
        assertThat(EventJson.fromJson(sender.on(TOPIC).get(1).value(), FeedItem.class)).isEqualTo(items.get(1));
    }

    @Test
    void anItemTheBrokerCanNeverTakeIsDeadLetteredWithoutItsBodyAndTheOthersArePublished() {
        FeedItem huge = item("huge", "w".repeat(10_000));
        ScriptedSender sender = new ScriptedSender(s -> s.topic().equals(TOPIC) && s.value().length() > 5_000
                ? CompletableFuture.failedFuture(new RecordTooLargeException("The message is 10240 bytes"))
                : ACK);
        FeedItem before = item("a", "x");
        FeedItem after = item("b", "y");

        PublishResult result = publisher(sender).publish(List.of(before, huge, after));

        assertThat(result.published()).containsExactly(before, after);
        assertThat(result.deadLettered()).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo(huge);
            assertThat(d.reason()).startsWith("record too large for " + TOPIC).contains("The message is 10240 bytes");
        });
        assertThat(result.settled()).containsExactlyInAnyOrder(before, huge, after);

        Sent letter = sender.on(Topics.deadLetter(TOPIC)).get(0);
        FeedItem kept = EventJson.fromJson(letter.value(), FeedItem.class);
        assertThat(letter.key()).isEqualTo(huge.id());
        assertThat(kept.id()).isEqualTo(huge.id());
        assertThat(kept.title()).isEqualTo(huge.title());
        assertThat(kept.link()).isEqualTo(huge.link());
        assertThat(kept.content()).isNull();
        assertThat(kept.summary()).isNull();
        assertThat(letter.header(DeadLetterHeaders.REASON)).startsWith("record too large for " + TOPIC);
        assertThat(letter.header(DeadLetterHeaders.TOPIC)).isEqualTo(TOPIC);
        assertThat(letter.header("dead-letter-removed")).isEqualTo("summary, content, categories");
        assertThat(letter.header("dead-letter-source")).isEqualTo("belta-en");
    }

    /** A broker that is away costs one timeout per poll, not one per item: nothing is queued behind the probe. */
    @Test
    void whenTheFirstItemFindsNoBrokerTheRestIsNotSentAndNothingIsSettled() {
        ScriptedSender sender = new ScriptedSender(
                s -> CompletableFuture.failedFuture(new TimeoutException("Topic not present in metadata after 5000 ms")));

        PublishResult result = publisher(sender).publish(List.of(item("a", "x"), item("b", "y"), item("c", "z")));

        assertThat(result.settled()).isEmpty();
        assertThat(sender.sent).hasSize(1);
    }

    @Test
    void anItemTheBrokerDidNotAcknowledgeStaysForTheNextPoll() {
        FeedItem lost = item("b", "y");
        ScriptedSender sender = new ScriptedSender(s -> s.key().equals(lost.id())
                ? CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s)"))
                : ACK);
        FeedItem a = item("a", "x");
        FeedItem c = item("c", "z");

        PublishResult result = publisher(sender).publish(List.of(a, lost, c));

        assertThat(result.published()).containsExactly(a, c);
        assertThat(result.deadLettered()).isEmpty();
        assertThat(sender.on(Topics.deadLetter(TOPIC))).isEmpty();
    }

    /** Settled means on one of the two topics: a dead letter that was not acknowledged either is tried again later. */
    @Test
    void aTooLargeItemWhoseDeadLetterIsNotAcknowledgedIsNotSettled() {
        FeedItem huge = item("huge", "w".repeat(10_000));
        ScriptedSender sender = new ScriptedSender(s -> {
            if (s.topic().equals(Topics.deadLetter(TOPIC))) {
                return CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s)"));
            }
            return s.value().length() > 5_000
                    ? CompletableFuture.failedFuture(new RecordTooLargeException("too large"))
                    : ACK;
        });
        FeedItem a = item("a", "x");

        PublishResult result = publisher(sender).publish(List.of(a, huge));

        assertThat(result.settled()).containsExactly(a);
    }

    @Test
    void aSenderThatThrowsInsteadOfFailingTheStageIsTreatedAsNotAcknowledged() {
        ScriptedSender sender = new ScriptedSender(s -> {
            throw new IllegalStateException("channel not ready");
        });

        assertThat(publisher(sender).publish(List.of(item("a", "x"))).settled()).isEmpty();
        assertThat(publisher(sender).publish(List.of())).isEqualTo(PublishResult.NONE);
    }
}
