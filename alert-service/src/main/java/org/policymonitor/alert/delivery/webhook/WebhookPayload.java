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
                             List<Entry> items, String headline, SourceStatus status) {

    /** One item of a digest. */
    public record Entry(String deliveryId, FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt) {
    }

    public static WebhookPayload of(Alert alert) {
        String id = alert.deliveryId().toString();
        if (alert.status() != null) {
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, null, alert.statusHeadline(), alert.status());
        }
        if (alert.digest()) {
            List<Entry> entries = alert.items().stream()
                    .map(e -> new Entry(e.deliveryId().toString(), e.item().item(), e.item().tags(),
                            e.item().rulesetVersion(), e.item().classifiedAt()))
                    .toList();
            return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), null, null,
                    null, null, entries, null, null);
        }
        var c = alert.items().get(0).item();
        return new WebhookPayload(alert.type(), id, alert.subscriptionId(), alert.subscriptionName(), c.item(),
                c.tags(), c.rulesetVersion(), c.classifiedAt(), null, null, null);
    }

    public byte[] toJson() {
        return EventJson.toBytes(this);
    }
}
