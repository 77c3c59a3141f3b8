package org.policymonitor.alert.delivery.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policymonitor.alert.delivery.Alert;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.util.List;

/** The JSON body of a webhook: an item alert, a digest of items, or a source status change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookPayload(String type, String deliveryId, long subscriptionId, String subscriptionName,
                             FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt,
                             List<Entry> items, String headline, SourceStatus status, String storyId,
                             List<Alert.Version> versions) {

    /** One item of a digest (one per story), with its story and the story's other versions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String deliveryId, FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt,
                        String storyId, List<Alert.Version> versions) {
    }

    public static WebhookPayload of(Alert alert) {
        String id = alert.deliveryId().toString();
        if (alert.status() != null) {
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, null, alert.statusHeadline(), alert.status(), null, null);
        }
        if (alert.digest()) {
            List<Entry> entries = alert.items().stream()
                    .map(e -> new Entry(e.deliveryId().toString(), e.item().item(), e.item().tags(),
                            e.item().rulesetVersion(), e.item().classifiedAt(), e.storyId(),
                            e.storyId() == null ? null : e.versions()))
                    .toList();
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, entries, null, null, null, null);
        }
        Alert.ItemEntry entry = alert.items().get(0);
        var c = entry.item();
        return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), c.item(),
                c.tags(), c.rulesetVersion(), c.classifiedAt(), null, null, null, entry.storyId(),
                entry.storyId() == null ? null : entry.versions());
    }

    public byte[] toJson() {
        return EventJson.toBytes(this);
    }
}
