package org.policymonitor.alert.changes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** An edited article comes back from the classifier as the item's next version: its text and tags replace the old. */
@QuarkusTest
class ReclassifiedVersionTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;
    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void version2UpdatesTextAndTagsAndSendsNoSecondNewItemAlert() {
        String source = TestItems.uniqueSource("edited");
        String address = "v2-" + UUID.randomUUID() + "@example.org";
        Api.subscribe("{\"name\":\"v2\",\"channel\":\"email\",\"email\":\"" + address + "\",\"sources\":[\""
                + source + "\"]}");
        ClassifiedItem v1 = TestItems.modelLawItem(source, "Парламент обсудил модельный закон");
        kafka.send(Topics.ITEMS_CLASSIFIED, v1.item().id(), TestItems.json(v1));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 1);

        // the archive saw a new text; the classifier re-tagged it with the same ruleset and the same themes
        FeedItem edited = v1.item().withContent("Парламент принял модельный закон об ИИ в первом чтении.", 2);
        String matched = "модельный закон";
        int start = edited.content().indexOf(matched);
        ClassifiedItem v2 = new ClassifiedItem(edited, List.of(
                new Tag("ai-law", List.of("ai-law.model-law"), List.of(
                        new Evidence("content", matched, start, start + matched.length(), "ai-law.model-law"))),
                new Tag("artificial-intelligence", List.of("ai.umbrella"), List.of())),
                v1.rulesetVersion(), v1.classifiedAt().plusSeconds(60));
        kafka.send(Topics.ITEMS_CLASSIFIED, v2.item().id(), TestItems.json(v2));

        await().atMost(DEADLINE).untilAsserted(() -> Api.asAnalyst().get("/api/items/" + v1.item().id())
                .then().statusCode(200)
                .body("content", equalTo("Парламент принял модельный закон об ИИ в первом чтении."))
                .body("tags[0].evidence.field", contains("content")));

        // a later item of the same subscription is alerted; the edited one was not alerted again as new
        ClassifiedItem marker = TestItems.modelLawItem(source, "Ещё один модельный закон");
        kafka.send(Topics.ITEMS_CLASSIFIED, marker.item().id(), TestItems.json(marker));
        await().atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> Mails.to(address).size() == 2);
        assertThat(Mails.to(address)).filteredOn(m -> m.subject().contains("Парламент")).hasSize(1);
    }
}
