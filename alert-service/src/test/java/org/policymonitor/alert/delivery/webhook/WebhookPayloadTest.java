package org.policymonitor.alert.delivery.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadTest {

    private static ClassifiedItem item(String guid) {
        FeedItem feed = FeedItem.of("belta-ru", "BelTA", "https://belta.by/" + guid, guid, "модельный закон", null, null,
                "ru", List.of(), null, OffsetDateTime.of(2026, 1, 15, 10, 30, 0, 0, ZoneOffset.ofHours(3)), null,
                Instant.parse("2026-01-15T08:00:00Z"));
        return new ClassifiedItem(feed, List.of(new Tag("ai-law", List.of("r"),
                List.of(new Evidence("title", "модельный закон", 0, 15, "r")))), "v1", Instant.parse("2026-01-15T08:00:01Z"));
    }

    private static JsonNode json(Alert alert) throws Exception {
        return EventJson.mapper().readTree(WebhookPayload.of(alert).toJson());
    }

    @Test
    void anItemAlertCarriesTheItemTagsEvidenceAndKeepsTheSourceOffset() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode body = json(Alert.ofItem(id, 7, "siem", item("a")));
        assertThat(body.get("type").asText()).isEqualTo("item");
        assertThat(body.get("deliveryId").asText()).isEqualTo(id.toString());
        assertThat(body.get("subscriptionId").asLong()).isEqualTo(7);
        assertThat(body.at("/item/publishedAt").asText()).isEqualTo("2026-01-15T10:30:00+03:00");
        assertThat(body.at("/tags/0/evidence/0/text").asText()).isEqualTo("модельный закон");
        assertThat(body.has("items")).isFalse();
    }

    @Test
    void aDigestListsItsItemsWithTheirOwnDeliveryIds() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        JsonNode body = json(Alert.digest(7, "daily", List.of(new Alert.ItemEntry(a, item("a")), new Alert.ItemEntry(b, item("b")))));
        assertThat(body.get("type").asText()).isEqualTo("digest");
        assertThat(body.get("items")).hasSize(2);
        assertThat(body.at("/items/1/deliveryId").asText()).isEqualTo(b.toString());
        assertThat(body.has("item")).isFalse();
    }

    @Test
    void aSourceStatusAlertCarriesTheHeadlineAndTheEvent() throws Exception {
        SourceStatus s = new SourceStatus("belta-en", "BelTA EN", SourceHealth.FAILING, SourceHealth.OK, "HTTP 404",
                Instant.parse("2026-01-15T06:00:00Z"), Instant.parse("2026-01-15T06:30:00Z"), 3, null);
        JsonNode body = json(Alert.ofStatus(UUID.randomUUID(), 7, "ops", s, "BelTA EN feed failing: HTTP 404"));
        assertThat(body.get("type").asText()).isEqualTo("source-status");
        assertThat(body.at("/status/health").asText()).isEqualTo("failing");
        assertThat(body.get("headline").asText()).isEqualTo("BelTA EN feed failing: HTTP 404");
    }

    @Test
    void aChangeAlertIsAnItemChangedEventWithTheChangeAndItsDiff() throws Exception {
        ClassifiedItem c = item("changed");
        ItemChange change = new ItemChange(1, c.item().id(), "belta-ru", c.item().link(), c.item().title(),
                ChangeKind.EDITED, 2, List.of(new DiffChunk(DiffChunk.Op.DELETE, "5"), new DiffChunk(DiffChunk.Op.INSERT, "7")),
                "ab12", 200, Instant.parse("2026-11-30T10:00:00Z"));
        UUID id = UUID.randomUUID();
        Alert alert = new Alert(id, 7, "siem", List.of(new Alert.ItemEntry(id, c, "st-1", List.of()).withChange(change)),
                null, null, false);
        JsonNode body = json(alert);
        assertThat(body.get("type").asText()).isEqualTo("item-changed");
        assertThat(body.at("/change/itemId").asText()).isEqualTo(c.item().id());
        assertThat(body.at("/change/link").asText()).isEqualTo(c.item().link());
        assertThat(body.at("/change/title").asText()).isEqualTo("модельный закон");
        assertThat(body.at("/change/change").asText()).isEqualTo("edited");
        assertThat(body.at("/change/version").asInt()).isEqualTo(2);
        assertThat(body.at("/change/diff/1/op").asText()).isEqualTo("insert");
        assertThat(body.at("/change/at").asText()).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(body.get("storyId").asText()).isEqualTo("st-1");
        assertThat(body.at("/item/id").asText()).isEqualTo(c.item().id());
    }
}
