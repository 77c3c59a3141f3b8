package org.policymonitor.alert.delivery.send;

import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.SourceStatus;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What one send carries: one item (immediate), several items (a digest) or one source status change, with the
 * ids of the delivery rows it settles.
 *
 * @param deliveryId the receiver's idempotency key: the delivery's id, or for a digest a stable id derived from
 *                   the ids of the deliveries it groups (a retried digest carries the same id)
 */
public record Alert(UUID deliveryId, long subscriptionId, String subscriptionName, List<ItemEntry> items,
                    SourceStatus status, String statusHeadline, boolean digest) {

    /**
     * One item in an alert, with the id of its own delivery row, its story and the story's other versions known
     * when the alert was assembled; {@code change} is set when the alert is about an edit, removal or restoration
     * of the item's article rather than about the item being new.
     */
    public record ItemEntry(UUID deliveryId, ClassifiedItem item, String storyId, List<Version> versions,
                            ItemChange change) {
        public ItemEntry {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }

        public ItemEntry(UUID deliveryId, ClassifiedItem item, String storyId, List<Version> versions) {
            this(deliveryId, item, storyId, versions, null);
        }

        public ItemEntry(UUID deliveryId, ClassifiedItem item) {
            this(deliveryId, item, null, List.of());
        }

        public ItemEntry withChange(ItemChange itemChange) {
            return new ItemEntry(deliveryId, item, storyId, versions, itemChange);
        }
    }

    /** Another item of the same story: another source or language reporting the same event. */
    public record Version(String id, String sourceId, String sourceName, String language, String title, String link,
                          OffsetDateTime publishedAt) {
    }

    public Alert {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Alert ofItem(UUID deliveryId, long subscriptionId, String name, ClassifiedItem item) {
        return new Alert(deliveryId, subscriptionId, name, List.of(new ItemEntry(deliveryId, item)), null, null, false);
    }

    public static Alert digest(long subscriptionId, String name, List<ItemEntry> entries) {
        String ids = String.join(",", entries.stream().map(e -> e.deliveryId().toString()).sorted().toList());
        UUID id = UUID.nameUUIDFromBytes(("digest:" + ids).getBytes(StandardCharsets.UTF_8));
        return digest(id, subscriptionId, name, entries);
    }

    /** A digest sent before (and retried now) under the id it was first sent with. */
    public static Alert digest(UUID id, long subscriptionId, String name, List<ItemEntry> entries) {
        return new Alert(id, subscriptionId, name, entries, null, null, true);
    }

    /** A digest that lists each story once: its id stays derived from every delivery it settles, as retries need. */
    public static Alert digest(long subscriptionId, String name, List<ItemEntry> entries, List<UUID> settles) {
        String ids = String.join(",", settles.stream().map(UUID::toString).sorted().toList());
        UUID id = UUID.nameUUIDFromBytes(("digest:" + ids).getBytes(StandardCharsets.UTF_8));
        return new Alert(id, subscriptionId, name, entries, null, null, true);
    }

    public static Alert ofStatus(UUID deliveryId, long subscriptionId, String name, SourceStatus status, String headline) {
        return new Alert(deliveryId, subscriptionId, name, List.of(), status, headline, false);
    }

    public String type() {
        return status != null ? "source-status" : digest ? "digest"
                : !items.isEmpty() && items.get(0).change() != null ? "item-changed" : "item";
    }
}
