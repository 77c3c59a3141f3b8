package org.policymonitor.alert.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.Mails;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaClientExtension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A classified item whose language is no language tag ("-", "_", "--en": no primary subtag) is stored as an item with
 * no language and alerts the subscriptions that do not filter by language, on the real broker. Until 6 December 2026
 * matching it threw ArrayIndexOutOfBoundsException ("-".split("[-_]") is empty): its batch was rolled back and the
 * record went to {@code policy.items.classified.dlq}, the item lost. A classifier's unreadable analysed language
 * leaves the source's label as the item's language.
 */
@QuarkusTest
class MalformedLanguageTest {

    @RegisterExtension
    static final KafkaClientExtension kafka = new KafkaClientExtension();

    @Test
    void anItemWithAMalformedLanguageIsStoredWithoutOneAndAlerts() {
        String source = TestItems.uniqueSource("nolang");
        String address = "nolang-" + source + "@example.org";
        Api.subscribe("""
                {"name":"any language","channel":"email","email":"%s","sources":["%s"]}""".formatted(address, source));
        Map<ClassifiedItem, String> storedLanguage = new LinkedHashMap<>();
        for (String language : List.of("-", "_", "--en")) {
            FeedItem item = TestItems.feedItem(source, "Модельный закон об ИИ " + language, "Текст.", language);
            storedLanguage.put(TestItems.tagged(item, "ai-law", "Модельный закон"), null);
        }
        FeedItem labelled = TestItems.feedItem(source, "Model law on AI, analysed as '-'", "Text.", "en");
        storedLanguage.put(new ClassifiedItem(labelled, TestItems.tagged(labelled, "ai-law", "Model law").tags(),
                "rules-1", Instant.now(), "-"), "en");

        for (ClassifiedItem c : storedLanguage.keySet()) {
            kafka.send(Topics.ITEMS_CLASSIFIED, c.item().id(), TestItems.json(c));
        }

        await().atMost(Deadlines.ARRIVES).untilAsserted(() -> {
            for (Map.Entry<ClassifiedItem, String> e : storedLanguage.entrySet()) {
                Api.asAnalyst().get("/api/items/" + e.getKey().item().id()).then().statusCode(200)
                        .body("language", e.getValue() == null ? nullValue() : equalTo(e.getValue()));
            }
        });
        await().atMost(Deadlines.ARRIVES).until(() -> Mails.to(address).size() == storedLanguage.size());
        assertThat(Mails.to(address)).extracting(Mails.Mail::subject).allSatisfy(s -> assertThat(s).isNotBlank());
    }
}
