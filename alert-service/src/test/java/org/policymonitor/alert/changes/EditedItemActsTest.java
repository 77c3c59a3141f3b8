package org.policymonitor.alert.changes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An edited article's acts follow its new text: the item's {@code acts} and the acts' timelines are those of the
 * version stored, not of the first one.
 */
@QuarkusTest
class EditedItemActsTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void anEditedItemsActsAndTheActTimelinesFollowItsNewText() {
        // numbers no other test names, so that each act's timeline is this test's alone
        int first = ThreadLocalRandom.current().nextInt(5000, 7000);
        int second = first + 2000;
        String source = TestItems.uniqueSource("edited-acts");
        FeedItem v1 = TestItems.feedItem(source, "Правительство изменило правила", "Изменения вступят в силу в мае.",
                "ru").withContent("Изменения внесены Директивой № " + first + " и Законом № 12-З.", 1);
        ClassifiedItem c1 = TestItems.tagged(v1, "ai-law", "правила");
        kafka.send(Topics.ITEMS_CLASSIFIED, v1.id(), TestItems.json(c1));
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(actIds(v1.id()))
                .containsExactly("directive:" + first, "law:12"));
        assertThat(timeline("directive:" + first)).containsExactly(v1.id());

        // the article was corrected at the source: another directive, and the law is gone
        FeedItem v2 = v1.withContent("Изменения внесены Директивой № " + second + ".", 2);
        ClassifiedItem c2 = new ClassifiedItem(v2, c1.tags(), c1.rulesetVersion(), c1.classifiedAt().plusSeconds(60));
        kafka.send(Topics.ITEMS_CLASSIFIED, v2.id(), TestItems.json(c2));
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(actIds(v1.id())).containsExactly("directive:" + second));

        Api.asAnalyst().get("/api/items/" + v1.id()).then().statusCode(200)
                .body("acts[0].text", equalTo("Директивой № " + second))
                .body("acts[0].field", equalTo("content"))
                .body("acts[0].start", equalTo("Изменения внесены ".length()));
        assertThat(timeline("directive:" + second)).containsExactly(v1.id());
        // no item names it any more (the directive, this test's own act: a decree of that number was asked before,
        // which other tests' items, then numbered at random from 1000 to 9000, sometimes named — a 200 instead of the
        // 404; their decrees now come from DecreeNumbers' blocks, below 5000)
        Api.asAnalyst().get("/api/acts/directive:" + first).then().statusCode(404);
        assertThat(timeline("law:12")).doesNotContain(v1.id());
    }

    private static List<String> actIds(String itemId) {
        return Api.asAnalyst().get("/api/items/" + itemId).then().statusCode(200).extract().jsonPath()
                .getList("acts.id", String.class);
    }

    private static List<String> timeline(String actId) {
        ExtractableResponse<Response> response = Api.asAnalyst().get("/api/acts/" + actId).then().extract();
        return response.statusCode() == 404 ? List.of()
                : response.jsonPath().getList("timeline.id", String.class);
    }
}
