package org.policymonitor.alert.story;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A figure of hundreds of digits in an item's text — a serial or a hash printed in decimal, table cells run together,
 * a hostile feed — is a figure like any other to the story grouping, and the item is stored with its story like its
 * neighbours. Its key must fit the story index (a 200-character key column), as an act's or a link's does.
 */
@QuarkusTest
class LongFiguresTest {

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void anItemWithAFigureOfHundredsOfDigitsIsStoredWithItsStory() {
        String source = TestItems.uniqueSource("long-figures");
        String digits = "7".repeat(250);
        FeedItem serial = TestItems.feedItem(source, "Registry entry " + digits + " published",
                "The registry lists entry " + digits + " and " + "9".repeat(220) + " million tokens.", "en");
        FeedItem neighbour = TestItems.feedItem(source, "A plain item beside it", "Nothing long here.", "en");
        for (ClassifiedItem c : List.of(TestItems.untagged(serial), TestItems.untagged(neighbour))) {
            kafka.send(Topics.ITEMS_CLASSIFIED, c.item().id(), TestItems.json(c));
        }
        for (FeedItem item : List.of(neighbour, serial)) {
            await().atMost(Deadlines.ARRIVES).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + item.id())
                    .then().statusCode(200).body("storyId", notNullValue()));
        }
    }
}
