package org.policymonitor.alert.changes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.DecreeNumbers;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A subscription that wants one alert per story and also the changes of the articles it was told about: it was told
 * of every edit and removal of every version of the story — the other sources' versions it had asked not to be told
 * about again — one more alert about the story each. It is told of the changes of the version it was alerted about.
 */
@QuarkusTest
class OncePerStoryChangesTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    private static final List<DiffChunk> DIFF = List.of(new DiffChunk(DiffChunk.Op.EQUAL, "платформы"),
            new DiffChunk(DiffChunk.Op.INSERT, "до 2030 года"));
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void onlyTheChangesOfTheVersionItWasAlertedAboutAlertASubscriptionOncePerStory() {
        int decree = DecreeNumbers.ONCE_PER_STORY_CHANGES.take(1);
        // a day of its own, after the other tests' events (StoryApiTest's end before 2045, ConsolePagesTest's in 2045)
        OffsetDateTime day = OffsetDateTime.of(2047, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3))
                .plusDays(ThreadLocalRandom.current().nextInt(3000));
        String ru = TestItems.uniqueSource("once-changes-ru");
        String be = TestItems.uniqueSource("once-changes-be");
        String sources = "\"sources\":[\"" + ru + "\",\"" + be + "\"],\"changes\":true";
        long once = Api.subscribe("{\"name\":\"once\",\"channel\":\"email\",\"email\":\"once-" + UUID.randomUUID()
                + "@example.org\"," + sources + ",\"oncePerStory\":true}");
        long every = Api.subscribe("{\"name\":\"every\",\"channel\":\"email\",\"email\":\"every-" + UUID.randomUUID()
                + "@example.org\"," + sources + "}");

        ClassifiedItem vRu = TestItems.tagged(item(ru, "ru", day, "Лукашенко подписал указ о платформе ИИ",
                "Александр Лукашенко подписал Указ № " + decree + " о единой платформе искусственного интеллекта."),
                "ai-law", "указ");
        publish(vRu);
        awaitDeliveries(every, 1);
        ClassifiedItem vBe = TestItems.tagged(item(be, "be", day.plusMinutes(30), "Лукашэнка падпісаў указ аб платформе ШІ",
                "Аляксандр Лукашэнка падпісаў Указ № " + decree + " аб адзінай платформе штучнага інтэлекту."),
                "ai-law", "указ");
        publish(vBe);
        awaitDeliveries(every, 2);
        assertThat(storyOf(vBe)).as("the Belarusian version's story").isEqualTo(storyOf(vRu));

        change(vBe, ChangeKind.EDITED);
        change(vRu, ChangeKind.EDITED);
        awaitDeliveries(every, 4); // both changes applied: each owed its alerts in the transaction that applied it

        List<String> onceAlerts = Api.asAdmin().queryParam("subscriptionId", once).get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("deliveries.collect { it.kind + ' ' + it.itemId }");
        assertThat(onceAlerts).as("the alerts of the subscription that wants one per story")
                .containsExactlyInAnyOrder("item " + vRu.item().id(), "item-changed " + vRu.item().id());
    }

    /**
     * A change that comes before its item (the topics are consumed independently) is applied with the item, in the
     * transaction whose item alert takes the story's slot: the version it is about is the one alerted.
     */
    @Test
    void aChangeBeforeItsItemAlertsASubscriptionOncePerStoryWithTheItem() {
        String source = TestItems.uniqueSource("once-change-first");
        long once = Api.subscribe("{\"name\":\"once\",\"channel\":\"email\",\"email\":\"once-" + UUID.randomUUID()
                + "@example.org\",\"sources\":[\"" + source + "\"],\"changes\":true,\"oncePerStory\":true}");
        ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон о платформах внесён в парламент");
        change(item, ChangeKind.EDITED);
        Api.asAnalyst().get("/api/items/" + item.item().id()).then().statusCode(404);
        publish(item);

        awaitDeliveries(once, 2);
        List<String> alerts = Api.asAdmin().queryParam("subscriptionId", once).get("/api/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("deliveries.kind");
        assertThat(alerts).containsExactlyInAnyOrder("item", "item-changed");
    }

    private static FeedItem item(String source, String language, OffsetDateTime published, String title, String summary) {
        String guid = UUID.randomUUID().toString();
        return FeedItem.of(source, "Source " + source, "https://example.org/" + source + "/" + guid, guid, title,
                summary, null, language, List.of(), null, published, null, Instant.now());
    }

    private static void publish(ClassifiedItem item) {
        kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
    }

    private static void change(ClassifiedItem item, ChangeKind kind) {
        kafka.send(Topics.ITEMS_CHANGED, item.item().id(), EventJson.toJson(new ItemChange(ItemChange.SCHEMA_VERSION,
                item.item().id(), item.item().sourceId(), item.item().link(), item.item().title(), kind, 2, DIFF,
                "hash-2", 200, Instant.now())));
    }

    private static String storyOf(ClassifiedItem item) {
        return await().atMost(DEADLINE).until(() -> Api.asAnalyst().get("/api/items/" + item.item().id())
                .then().extract().jsonPath().getString("storyId"), s -> s != null);
    }

    private static void awaitDeliveries(long subscription, int count) {
        await().atMost(DEADLINE).untilAsserted(() -> Api.asAdmin().queryParam("subscriptionId", subscription)
                .get("/api/deliveries").then().body("total", equalTo(count)));
    }
}
