package org.policymonitor.alert.delivery.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The JSON body of a webhook: an item alert, a change of an item's article ({@code item-changed}: {@code change} is
 * the {@link ItemChange} event — item id, link, title, change, version, word diff, time — and {@code item} the item as
 * stored), a digest of items and changes, or a source status change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookPayload(String type, String deliveryId, long subscriptionId, String subscriptionName,
                             FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt,
                             List<Entry> items, String headline, SourceStatus status, String storyId,
                             List<Alert.Version> versions, ItemChange change) {

    /**
     * One entry of a digest: an item (one per story), with its story and the story's other versions, or a change of an
     * item's article ({@code change} set).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String deliveryId, FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt,
                        String storyId, List<Alert.Version> versions, ItemChange change) {
    }

    public static WebhookPayload of(Alert alert) {
        String id = alert.deliveryId().toString();
        if (alert.status() != null) {
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, null, alert.statusHeadline(), alert.status(), null, null, null);
        }
        if (alert.digest()) {
            List<Entry> entries = alert.items().stream()
                    .map(e -> new Entry(e.deliveryId().toString(), e.item().item(), e.item().tags(),
                            e.item().rulesetVersion(), e.item().classifiedAt(), e.storyId(),
                            e.storyId() == null ? null : e.versions(), e.change()))
                    .toList();
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, entries, null, null, null, null, null);
        }
        Alert.ItemEntry entry = alert.items().get(0);
        var c = entry.item();
        return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), c.item(),
                c.tags(), c.rulesetVersion(), c.classifiedAt(), null, null, null, entry.storyId(),
                entry.storyId() == null ? null : entry.versions(), entry.change());
    }

    public byte[] toJson() {
        return EventJson.toBytes(this);
    }
}
